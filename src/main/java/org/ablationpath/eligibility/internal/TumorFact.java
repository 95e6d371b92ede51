package org.ablationpath.eligibility.internal;

import org.ablationpath.eligibility.TumorData;

import java.math.BigDecimal;

/**
 * The classification of one tumour record that organ- and histology-dependent rules match on, with the whole
 * record in canonical units ({@code data}; null for a null array entry). Rules read tumour fields through it, e.g.
 * {@code TumorFact(organ == "LIVER", data.subcapsular == true)}, and the size as {@code sizeMm}.
 */
public final class TumorFact {
    private final int index;
    private final String tumorId;
    private final String organ;
    private final String histology;
    private final TumorData data;

    public TumorFact(int index, String tumorId, String organ, String histology) {
        this(index, tumorId, organ, histology, null);
    }

    public TumorFact(int index, String tumorId, String organ, String histology, TumorData data) {
        this.index = index;
        this.tumorId = tumorId;
        this.organ = organ;
        this.histology = histology;
        this.data = data;
    }

    public int getIndex() { return index; }
    public String getTumorId() { return tumorId; }
    public String getOrgan() { return organ; }
    public String getHistology() { return histology; }
    /** The tumour record, measured values in canonical units; null for a null array entry. */
    public TumorData getData() { return data; }

    /** Largest diameter in mm (canonical), null when absent or given in an unaccepted unit. */
    public BigDecimal getSizeMm() {
        if (data == null || data.maxDiameterMm() == null || data.maxDiameterMm().unit() != null) {
            return null;
        }
        return data.maxDiameterMm().value();
    }

    /** Key of the tumour in per-tumour results: the tumorId, or {@code tumors[i]} when the record has none. */
    public String getKey() {
        return tumorId != null ? tumorId : "tumors[" + index + "]";
    }

    /** Field path of one of this tumour's fields, e.g. {@code tumors[0].histology}. */
    public String path(String field) {
        return "tumors[" + index + "]." + field;
    }

    @Override
    public String toString() { return "tumors[" + index + "] " + organ + "/" + histology; }
}
