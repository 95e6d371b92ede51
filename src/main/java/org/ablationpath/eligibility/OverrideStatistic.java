package org.ablationpath.eligibility;

/**
 * Per rule id: in how many stored evaluations it fired, how many of those were reviewed, and how many were overridden
 * (the newest review of the evaluation is an OVERRIDE). {@code overrideRate} = overrides / fired;
 * {@code overrideRateOfReviewed} = overrides / reviewed (null when nothing was reviewed).
 */
public record OverrideStatistic(String ruleId, long fired, long reviewed, long overrides, double overrideRate,
                                Double overrideRateOfReviewed) {
}
