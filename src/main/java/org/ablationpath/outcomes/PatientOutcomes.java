package org.ablationpath.outcomes;

import java.time.LocalDate;
import java.util.List;

/**
 * Every outcome of one patient's episode (outcomes.md section 2), shaped like the {@code outcomes} block of the case
 * evaluation contract, with the per-tumour detail in {@code tumors}. Patient-level technique efficacy is the least
 * favourable of its tumours; technicalSuccess is true when every tumour's initial session succeeded.
 */
public record PatientOutcomes(LocalDate startDate, Boolean technicalSuccess, TechniqueEfficacy techniqueEfficacy1m,
                              boolean primaryTechniqueEfficacy, boolean assistedTechniqueEfficacy,
                              boolean secondaryTechniqueEfficacy, int additionalSessionsForResidual,
                              LocalTumourProgression localTumourProgression, TimeToEvent ltpFreeSurvival,
                              TimeToEvent timeToLtp, TimeToEvent timeToRecurrence, TimeToEvent diseaseFreeSurvival,
                              boolean neverDiseaseFree, TimeToEvent overallSurvival, boolean thirtyDayMortality,
                              Boolean procedureRelatedDeath, List<SessionMortality> sessionMortality,
                              List<VisitCompliance> visitCompliance, List<TumourOutcomes> tumors) {

    /** OUT-12 per session: death within 30 days of it. */
    public record SessionMortality(String sessionId, LocalDate date, boolean thirtyDayMortality) {
    }
}
