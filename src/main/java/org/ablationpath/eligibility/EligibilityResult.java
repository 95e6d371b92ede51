package org.ablationpath.eligibility;

import java.util.List;

/**
 * {@code finalStatus}: INVALID, NOT_ELIGIBLE, DISCUSS, CAUTION or ELIGIBLE. {@code correctable} is true only for a
 * NOT_ELIGIBLE status where every NOT_ELIGIBLE rule that fired is correctable.
 */
public record EligibilityResult(String finalStatus, boolean correctable, List<FiredRule> rulesFired,
                                List<String> requiredActions) {
}
