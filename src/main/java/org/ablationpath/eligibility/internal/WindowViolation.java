package org.ablationpath.eligibility.internal;

import java.math.BigDecimal;

/** A number of the case outside the plausibility window one validation rule (VAL-02/03/04) sets for its field. */
public record WindowViolation(NumberField field, PlausibilityWindow window) {

    public String getPath() { return field.getPath(); }
    public String getName() { return field.getName(); }
    public String getTumorId() { return field.getTumorId(); }
    public BigDecimal getValue() { return field.getValue(); }
    public String getNotation() { return window.getNotation(); }
}
