package org.ablationpath.safety;

/**
 * How often one alert rule raised alerts at a center in a period and how fast they were acknowledged (for the
 * registry, issue 8). Times are in seconds from raising to acknowledgement; null when none was acknowledged.
 *
 * @param raised       alerts stored (a higher priority class of the same cause counts as another alert)
 * @param occurrences  occurrences including de-duplicated recurrences
 * @param escalated    alerts escalated at least once
 */
public record AlertRuleStatistics(String ruleId, long raised, long occurrences, long acknowledged,
                                  Long medianSecondsToAcknowledge, Long p90SecondsToAcknowledge, long escalated) {
}
