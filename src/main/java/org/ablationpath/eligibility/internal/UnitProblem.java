package org.ablationpath.eligibility.internal;

/** A measured input given in a unit outside the accepted list of VAL-06. */
public final class UnitProblem {
    private final String path;
    private final String unit;
    private final String acceptedUnits;

    public UnitProblem(String path, String unit, String acceptedUnits) {
        this.path = path;
        this.unit = unit;
        this.acceptedUnits = acceptedUnits;
    }

    public String getPath() { return path; }
    public String getUnit() { return unit; }
    public String getAcceptedUnits() { return acceptedUnits; }
}
