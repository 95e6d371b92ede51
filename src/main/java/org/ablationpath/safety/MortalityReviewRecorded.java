package org.ablationpath.safety;

import java.util.UUID;

/** A morbidity and mortality review was stored (TMR-11): its finding is the case's procedureRelatedDeath (OUT-12). */
public record MortalityReviewRecorded(UUID caseId, String centerId) {
}
