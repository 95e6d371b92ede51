package org.ablationpath.board;

import java.time.Instant;
import java.util.UUID;

/** A case on a meeting's agenda, waiting since its review task opened; {@code position} orders the agenda. */
public record AgendaItem(UUID id, UUID meetingId, UUID caseId, String taskId, String patientPseudonym, String stage,
                         ReviewKind reviewKind, String urgency, Instant waitingSince, int position, AgendaStatus status,
                         String addedReason, String deferReason, String quorumExceptionReason, UUID decisionId) {
}
