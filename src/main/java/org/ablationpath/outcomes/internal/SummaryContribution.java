package org.ablationpath.outcomes.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What some outcome rows add to the dashboard's sums, per row of each sums table: per bucket (center, organ, histology,
 * modality, intent) the measures, per center and missing-fields list the patients, per center, endpoint and day the
 * events and censorings. Counts only, so the contribution of a change is the difference of two of these.
 */
record SummaryContribution(Map<List<Object>, long[]> buckets, Map<List<Object>, long[]> missing,
                           Map<List<Object>, long[]> lifeTables) {

    static final SummaryContribution NONE = new SummaryContribution(Map.of(), Map.of(), Map.of());

    /** {@code after} minus {@code before}, without the keys whose counts do not change. */
    static SummaryContribution change(SummaryContribution before, SummaryContribution after) {
        return new SummaryContribution(difference(before.buckets, after.buckets), difference(before.missing, after.missing),
                difference(before.lifeTables, after.lifeTables));
    }

    /** A key of nullable values (bucket columns may be null), for the maps above. */
    static List<Object> key(Object... values) {
        return Arrays.asList(values);
    }

    private static Map<List<Object>, long[]> difference(Map<List<Object>, long[]> before, Map<List<Object>, long[]> after) {
        Map<List<Object>, long[]> result = new HashMap<>();
        after.forEach((key, counts) -> result.put(key, counts.clone()));
        before.forEach((key, counts) -> {
            long[] sum = result.computeIfAbsent(key, k -> new long[counts.length]);
            for (int i = 0; i < counts.length; i++) {
                sum[i] -= counts[i];
            }
        });
        result.values().removeIf(counts -> Arrays.stream(counts).allMatch(c -> c == 0));
        return result;
    }

    /** Adds counts to a key's (rows of one key from several result rows). */
    static void add(Map<List<Object>, long[]> into, List<Object> key, long[] counts) {
        into.merge(key, counts, (a, b) -> {
            long[] sum = a.clone();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += b[i];
            }
            return sum;
        });
    }
}
