package org.ablationpath.followup;

/** The process variables the follow-up forms return (ADR 0003, table of user tasks) and their values. */
public final class FollowUpRouting {

    /** Set by {@code follow-up-visit}: {@link #DISEASE_EVENT} or {@link #NO_DISEASE}. */
    public static final String VISIT_FINDING = "visitFinding";
    /** LTP, new tumour, extra-organ progression or clinical deterioration: to the board (STG-10 → STG-11). */
    public static final String DISEASE_EVENT = "DISEASE_EVENT";
    /** Nothing that leaves surveillance (a marker rise without imaging correlate brings imaging forward instead). */
    public static final String NO_DISEASE = "NO_DISEASE";
    /** Set by {@code follow-up-visit}: a {@link ContactOutcome} name; NOT_REACHED loops back to the visit task. */
    public static final String CONTACT_OUTCOME = "contactOutcome";
    /** Set by {@code follow-up-visit} after an unanswered call: the retry day (a {@code java.util.Date}), the task's new due date. */
    public static final String VISIT_RETRY_DUE = "visitRetryDue";
    /** Set by {@code vital-status-check}: a {@link VitalStatus} name. */
    public static final String VITAL_STATUS = "vitalStatus";

    /** Set by {@code no-schedule-follow-up}: a {@link NoScheduleDecision} name. */
    public static final String NO_SCHEDULE_DECISION = "noScheduleDecision";
    /** Set by {@code no-schedule-follow-up} when follow-up ends: the {@link EndReason} name the case closes with. */
    public static final String END_REASON = "endReason";

    private FollowUpRouting() {
    }
}
