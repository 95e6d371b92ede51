package org.ablationpath.eligibility.internal;

import org.ablationpath.eligibility.Measured;
import org.ablationpath.eligibility.TumorData;

import org.kie.api.definition.type.ClassReactive;

import java.math.BigDecimal;

/**
 * The organ-specific values of one tumour record (data dictionary 4.6) for the kidney, lung, bone, thyroid,
 * pancreas, skin and focused-ultrasound rules. Built from the normalized document, so sizes are in mm. Flags read
 * {@code true} only when the input says {@code true}; {@link #getSurgicalOptionAvailable()} keeps null apart from
 * false because ECT-01 needs an explicit "no surgical option". Never modified in a session, hence class reactive
 * (constraints that combine it with another fact need no property reactivity).
 */
@ClassReactive
public final class OrganTumor {
    private final int index;
    private final TumorData t;

    public OrganTumor(int index, TumorData tumor) {
        this.index = index;
        this.t = tumor;
    }

    public int getIndex() { return index; }
    public String getTumorId() { return t.tumorId(); }
    public String getOrgan() { return t.organ(); }
    public String getHistology() { return t.histology(); }
    public String getDiagnosisBasis() { return t.diagnosisBasis(); }
    /** Canonical mm; null when absent. */
    public BigDecimal getMaxDiameterMm() {
        Measured m = t.maxDiameterMm();
        return m == null ? null : m.value();
    }
    public BigDecimal getVolumeMl() { return t.volumeMl(); }
    // kidney
    public boolean isRenalCentral() { return yes(t.renalCentral()); }
    public boolean isNearUreter() { return yes(t.nearUreter()); }
    // lung
    public String getNsclcStage() { return t.nsclcStage(); }
    public boolean isCentralLocation() { return yes(t.centralLocation()); }
    // bone
    public Integer getPainNrs() { return t.painNrs(); }
    public String getIntent() { return t.intent(); }
    public boolean isWeightBearing() { return yes(t.weightBearing()); }
    public boolean isCorticalDestruction() { return yes(t.corticalDestruction()); }
    public boolean isFractureRisk() { return yes(t.fractureRisk()); }
    public boolean isNeuralProximity() { return yes(t.neuralProximity()); }
    // thyroid
    public Integer getBenignCytologyCount() { return t.benignCytologyCount(); }
    public boolean isSymptomatic() { return yes(t.symptomatic()); }
    public boolean isCosmeticComplaint() { return yes(t.cosmeticComplaint()); }
    public boolean isAutonomouslyFunctioning() { return yes(t.autonomouslyFunctioning()); }
    public boolean isNearRecurrentLaryngealNerve() { return yes(t.nearRecurrentLaryngealNerve()); }
    // pancreas
    public String getResectability() { return t.resectability(); }
    public Integer getInductionChemotherapyMonths() { return t.inductionChemotherapyMonths(); }
    public boolean isBiliaryObstruction() { return yes(t.biliaryObstruction()); }
    public boolean isHepaticArteryPortalVeinStenosis() { return yes(t.hepaticArteryPortalVeinStenosis()); }
    // skin
    public Integer getNodeCount() { return t.nodeCount(); }
    public Boolean getSurgicalOptionAvailable() { return t.surgicalOptionAvailable(); }

    /** Key of the tumour in per-tumour results, as {@link TumorFact#getKey()}: tumorId, else {@code tumors[i]}. */
    public String getKey() {
        return getTumorId() != null ? getTumorId() : "tumors[" + index + "]";
    }

    /** Field path of one of this tumour's fields, e.g. {@code tumors[0].maxDiameterMm}. */
    public String path(String field) {
        return "tumors[" + index + "]." + field;
    }

    /** The size as written in messages: "25 mm". */
    public String size() {
        BigDecimal mm = getMaxDiameterMm();
        return mm == null ? "size not recorded" : mm.stripTrailingZeros().toPlainString() + " mm";
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    @Override
    public String toString() { return "tumors[" + index + "] " + getOrgan() + "/" + getHistology(); }
}
