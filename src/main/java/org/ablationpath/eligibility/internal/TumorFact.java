package org.ablationpath.eligibility.internal;

/** The classification of one tumour record that organ- and histology-dependent rules match on. */
public final class TumorFact {
    private final int index;
    private final String tumorId;
    private final String organ;
    private final String histology;

    public TumorFact(int index, String tumorId, String organ, String histology) {
        this.index = index;
        this.tumorId = tumorId;
        this.organ = organ;
        this.histology = histology;
    }

    public int getIndex() { return index; }
    public String getTumorId() { return tumorId; }
    public String getOrgan() { return organ; }
    public String getHistology() { return histology; }

    /** Field path of one of this tumour's fields, e.g. {@code tumors[0].histology}. */
    public String path(String field) {
        return "tumors[" + index + "]." + field;
    }

    @Override
    public String toString() { return "tumors[" + index + "] " + organ + "/" + histology; }
}
