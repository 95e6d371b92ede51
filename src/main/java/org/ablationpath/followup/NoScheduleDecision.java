package org.ablationpath.followup;

/** What the operator decides for an indication without a published schedule (form key {@code no-schedule-follow-up}). */
public enum NoScheduleDecision {
    /** One more visit, planned by hand: walked by the follow-up-visit process like a grid visit. */
    PLAN_VISIT,
    /** Follow-up ends here with a reason other than END-04 (followed elsewhere, palliative only). */
    END_FOLLOW_UP
}
