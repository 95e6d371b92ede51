package org.ablationpath.safety;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored alert (safety.md 6): who it is addressed to now, how often its cause occurred, how far it escalated and
 * who acknowledged it. {@code version} is what an acknowledgement names, so two users cannot both acknowledge it.
 *
 * @param patientPseudonym  the case's patient pseudonym where the reader shows it (inbox), else null
 * @param dueAt             acknowledge by (safety.md 6.1); null for LOG and QI_LOG
 * @param escalatesAt       when it escalates one level if still unacknowledged; null when none is left
 * @param occurrenceCount   occurrences of the same cause under the same rule and priority class (de-duplicated)
 */
public record Alert(UUID id, UUID caseId, String centerId, String patientPseudonym, String ruleId, AlertPriority priority,
                    String causeKey, String trigger, String message, List<String> recipientRoles,
                    List<String> currentRecipientRoles, Instant raisedAt, Instant dueAt, Instant escalatesAt,
                    int occurrenceCount, Instant lastOccurredAt, int escalationLevel, Instant escalatedAt,
                    String acknowledgedBy, Instant acknowledgedAt, String acknowledgementNote, String rulesVersion,
                    long version) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** Whether it is pushed to recipients and must be acknowledged (LOG and QI_LOG are stored only). */
    public boolean pushed() {
        return priority.needsAcknowledgement();
    }

    public Alert withPatientPseudonym(String pseudonym) {
        return new Alert(id, caseId, centerId, pseudonym, ruleId, priority, causeKey, trigger, message, recipientRoles,
                currentRecipientRoles, raisedAt, dueAt, escalatesAt, occurrenceCount, lastOccurredAt, escalationLevel,
                escalatedAt, acknowledgedBy, acknowledgedAt, acknowledgementNote, rulesVersion, version);
    }
}
