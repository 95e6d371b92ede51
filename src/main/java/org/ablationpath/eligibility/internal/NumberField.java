package org.ablationpath.eligibility.internal;

import java.math.BigDecimal;

/** A numeric input after unit normalisation (canonical unit), e.g. {@code labs.inr} or {@code tumors[0].maxDiameterMm}. */
public final class NumberField {
    private final String path;
    private final String name;
    private final String tumorId;
    private final BigDecimal value;

    public NumberField(String path, String name, String tumorId, BigDecimal value) {
        this.path = path;
        this.name = name;
        this.tumorId = tumorId;
        this.value = value;
    }

    public String getPath() { return path; }
    /** The leaf field name, shared by all tumours: plausibility windows are keyed by it. */
    public String getName() { return name; }
    public String getTumorId() { return tumorId; }
    public BigDecimal getValue() { return value; }

    @Override
    public String toString() { return path + "=" + value.toPlainString(); }
}
