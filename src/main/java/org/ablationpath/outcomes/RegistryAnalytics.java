package org.ablationpath.outcomes;

import java.util.List;
import java.util.Map;

/**
 * The registry dashboard's reads over the stored outcomes (aggregates only, never a patient row): outcome summaries,
 * quality indicators per center, Kaplan-Meier curves, data completeness and follow-up ascertainment, board concordance.
 * Data managers and administrators see every center, pseudonymized (ARCHITECTURE.md Roles).
 */
public interface RegistryAnalytics {

    /** Per group (center or modality): counts and rates of the OUT outcomes. */
    List<OutcomeSummary> outcomes(Cohort cohort, String by);

    List<QualityIndicator> qualityIndicators(Cohort cohort);

    List<SurvivalCurve> survival(SurvivalEndpoint endpoint, String by, Cohort cohort);

    List<CenterCompleteness> completeness(Cohort cohort);

    /** Concordance of first board decisions per center, and override statistics per rule (eligibility reviews). */
    Concordance concordance(Cohort cohort);

    /** The distinct values present in the stored rows for each filter: center, organ, histology, modality, intent. */
    Map<String, List<String>> filterValues();

    record OutcomeSummary(String group, long patients, long tumours, Double technicalSuccessPct,
                          Double primaryEfficacyPct, Double assistedEfficacyCumulativePct, long secondaryEfficacy,
                          long localTumourProgression, long neverDiseaseFree, Double thirtyDayMortalityPct,
                          long deaths, long procedureRelatedDeaths) {
    }

    /**
     * Per center: patients, patients with missing mandatory fields, grid visits due, in window and missed (overdue),
     * and ascertainment: alive patients with a contact in the last 12 months or dead, over all patients.
     */
    record CenterCompleteness(String centerId, long patients, long withMissingFields, String mostOftenMissing,
                              long visitsDue, long visitsInWindow, long visitsMissed, Double ascertainedPct) {
    }

    record Concordance(List<CenterConcordance> centers, List<RuleOverride> rules) {
    }

    record CenterConcordance(String centerId, long decisions, long concordant, Double overridePct) {
    }

    record RuleOverride(String ruleId, long fired, long reviewed, long overrides, double overrideRate) {
    }
}
