package org.ablationpath.eligibility.internal;

import org.kie.api.definition.type.ClassReactive;

import java.math.BigDecimal;

/**
 * An allowed interval for one numeric field, owned by one validation rule (VAL-02/03/04). Written in the
 * parameters file in interval notation: {@code [1,2000]} inclusive, {@code (0,300]} excludes 0, {@code [0,)} no upper bound.
 * Class-reactive because rules test it with a method ({@code excludes}); it is never modified anyway.
 */
@ClassReactive
public final class PlausibilityWindow {
    private final String ruleId;
    private final String field;
    private final BigDecimal min;
    private final boolean minInclusive;
    private final BigDecimal max;
    private final boolean maxInclusive;
    private final String notation;

    private PlausibilityWindow(String ruleId, String field, BigDecimal min, boolean minInclusive,
                               BigDecimal max, boolean maxInclusive, String notation) {
        this.ruleId = ruleId;
        this.field = field;
        this.min = min;
        this.minInclusive = minInclusive;
        this.max = max;
        this.maxInclusive = maxInclusive;
        this.notation = notation;
    }

    public static PlausibilityWindow parse(String ruleId, String field, String notation) {
        String s = notation.trim();
        if (s.length() < 3 || "[(".indexOf(s.charAt(0)) < 0 || "])".indexOf(s.charAt(s.length() - 1)) < 0
                || s.indexOf(',') < 0) {
            throw new IllegalArgumentException("plausibility window for " + field + " is not an interval: " + notation);
        }
        String[] bounds = s.substring(1, s.length() - 1).split(",", -1);
        BigDecimal min = bounds[0].isBlank() ? null : new BigDecimal(bounds[0].trim());
        BigDecimal max = bounds[1].isBlank() ? null : new BigDecimal(bounds[1].trim());
        return new PlausibilityWindow(ruleId, field, min, s.charAt(0) == '[', max, s.charAt(s.length() - 1) == ']', s);
    }

    public String getRuleId() { return ruleId; }
    public String getField() { return field; }
    public String getNotation() { return notation; }

    public boolean excludes(BigDecimal value) {
        if (min != null) {
            int c = value.compareTo(min);
            if (c < 0 || (c == 0 && !minInclusive)) {
                return true;
            }
        }
        if (max != null) {
            int c = value.compareTo(max);
            return c > 0 || (c == 0 && !maxInclusive);
        }
        return false;
    }

    @Override
    public String toString() { return ruleId + " " + field + " " + notation; }
}
