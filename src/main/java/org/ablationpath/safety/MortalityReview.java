package org.ablationpath.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored morbidity and mortality review (TMR-11) of an ALR-01 alert. */
public record MortalityReview(UUID id, UUID caseId, UUID alertId, LocalDate reviewDate, boolean procedureRelated,
                              String summary, String actions, String recordedBy, Instant recordedAt) {
}
