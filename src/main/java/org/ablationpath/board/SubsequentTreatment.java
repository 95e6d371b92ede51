package org.ablationpath.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Whether the treatment a board decision led to started (outcomes.md 4.14 SubsequentTreatment): its type (a decision
 * code) and start date, or the coded reason it did not start or differs from the decision.
 */
public record SubsequentTreatment(UUID id, UUID caseId, UUID decisionId, boolean treatmentStarted,
                                  DecisionCode treatmentType, LocalDate startDate, String reasonCode, String note,
                                  String recordedBy, Instant recordedAt) {
}
