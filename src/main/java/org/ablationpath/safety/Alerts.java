package org.ablationpath.safety;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The alert store (safety.md 6): alerts drafted by the safety rules are raised here, idempotently per case, rule and
 * cause; pushed ones are acknowledged by their recipients or escalated one level at a time (6.1, ALR-12).
 */
public interface Alerts {

    /**
     * Stores a drafted alert. A draft whose case, rule and cause key already have an alert of the same or a higher
     * priority class adds one to that alert's count; a higher class raises a new alert (safety.md 6.2). A new alert
     * publishes {@link AlertRaised} in the caller's transaction. Needs no signed-in user (the rules run anywhere).
     */
    RaisedAlert raise(AlertDraft draft);

    /**
     * Acknowledges an alert addressed to one of the user's roles at one of their centers and publishes
     * {@link AlertAcknowledged}.
     *
     * @param expectedVersion the version the user saw
     * @throws org.ablationpath.platform.web.InvalidInputException naming {@code note} when it is blank or too long
     * @throws org.ablationpath.platform.web.ConflictException     when acknowledged or escalated meanwhile, or never pushed
     * @throws org.ablationpath.platform.web.NotFoundException     for an alert of another center
     */
    Alert acknowledge(UUID alertId, String note, long expectedVersion);

    /**
     * Escalates an unacknowledged alert one level along the configured routing (ablationpath.safety.escalation);
     * called by the escalation process when its limit passes. Needs no signed-in user.
     */
    AlertEscalation escalate(UUID alertId);

    /** The signed-in user's inbox: alerts of their centers addressed to one of their roles, unacknowledged first. */
    List<Alert> inbox();

    /** Every alert of a visible case (LOG and QI_LOG included), newest first. */
    List<Alert> ofCase(UUID caseId);

    /**
     * Per alert rule: raised, acknowledged, time to acknowledge, escalated, for alerts raised from (inclusive) until
     * to (exclusive).
     */
    List<AlertRuleStatistics> statisticsPerRule(String centerId, Instant from, Instant to);

    /** The outcome of {@link #raise}: the alert, and whether it is new (false for a counted recurrence). */
    record RaisedAlert(Alert alert, boolean newAlert) {
    }
}
