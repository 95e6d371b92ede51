package org.ablationpath.outcomes;

import java.time.LocalDate;

/**
 * The per-tumour outcomes (OUT-01 to OUT-07) of one treated tumour, from the first session treating it.
 * {@code technicalSuccess}: OUT-01 of its initial session. PTE, ATE and STE as outcomes.md section 1 defines them.
 */
public record TumourOutcomes(String tumorId, LocalDate startDate, Boolean technicalSuccess,
                             TechniqueEfficacy techniqueEfficacy1m, boolean primaryTechniqueEfficacy,
                             boolean assistedTechniqueEfficacy, int additionalSessionsForResidual,
                             LocalTumourProgression localTumourProgression, boolean secondaryTechniqueEfficacy,
                             TimeToEvent timeToLtp, boolean residualNotEradicated) {
}
