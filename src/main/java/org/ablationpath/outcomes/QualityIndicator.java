package org.ablationpath.outcomes;

/**
 * One quality indicator (outcomes.md section 3) of one center: numerator, denominator, rate in percent with its exact
 * (Clopper-Pearson) 95 % interval, the alert threshold in force and whether the center crosses it. threshold null:
 * no published or configured threshold (the screen says so); alert null: no threshold or nothing to count.
 * note: report-only indicators and indicators the registry cannot compute yet say why.
 */
public record QualityIndicator(String id, String scope, String centerId, long numerator, long denominator, Double rate,
                               Double lower, Double upper, String threshold, Boolean alert, String note) {

    public static final String NO_PUBLISHED_THRESHOLD = "no published threshold";
}
