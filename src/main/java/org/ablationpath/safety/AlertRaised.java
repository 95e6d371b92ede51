package org.ablationpath.safety;

import java.time.Instant;
import java.util.UUID;

/**
 * A new alert was stored (not a recurrence of one already stored). The pathway starts the escalation of an alert
 * that must be acknowledged ({@link AlertPriority#needsAcknowledgement()}).
 *
 * @param dueAt       acknowledge by; null for LOG and QI_LOG
 * @param escalatesAt when it escalates the first time if unacknowledged; null when its class never escalates
 */
public record AlertRaised(UUID alertId, UUID caseId, String centerId, AlertPriority priority, Instant dueAt,
                          Instant escalatesAt) {
}
