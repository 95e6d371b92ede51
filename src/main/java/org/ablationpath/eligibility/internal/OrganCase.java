package org.ablationpath.eligibility.internal;

import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.DiseaseData;
import org.ablationpath.eligibility.LabData;
import org.ablationpath.eligibility.Measured;
import org.ablationpath.eligibility.PatientData;

import java.math.BigDecimal;

/**
 * Patient- and disease-level values that the kidney, lung, thyroid, pancreas, skin and focused-ultrasound rules
 * read (surgical fitness, performance, relative IRE contraindications, bleomycin risk, planned modality).
 * Built from the normalized document, so lab values are canonical. Flags read {@code true} only when the input
 * says {@code true}.
 */
public final class OrganCase {
    private final PatientData p;
    private final BigDecimal bilirubinUmolL;
    private final BigDecimal bilirubinUlnUmolL;
    private final boolean distantMetastasis;
    private final String plannedModality;

    public OrganCase(CaseDocument normalized) {
        this.p = normalized.patient();
        LabData labs = normalized.labs();
        this.bilirubinUmolL = labs == null ? null : value(labs.bilirubinUmolL());
        this.bilirubinUlnUmolL = labs == null ? null : value(labs.bilirubinUlnUmolL());
        DiseaseData disease = normalized.disease();
        this.distantMetastasis = disease != null && Boolean.TRUE.equals(disease.distantMetastasis());
        this.plannedModality = normalized.plannedModality();
    }

    /** YES, BORDERLINE, NO or null. */
    public String getFitForSurgery() { return p == null ? null : p.fitForSurgery(); }
    public boolean isDeclinesSurgery() { return p != null && yes(p.declinesSurgery()); }
    /** fitForSurgery NO, or the patient declines surgery. */
    public boolean isSurgeryNotAnOption() { return "NO".equals(getFitForSurgery()) || isDeclinesSurgery(); }
    public Integer getLifeExpectancyMonths() { return p == null ? null : p.lifeExpectancyMonths(); }
    public Integer getKps() { return p == null ? null : p.kps(); }
    public boolean isAtrialFibrillation() { return p != null && yes(p.atrialFibrillation()); }
    public boolean isCoronaryArteryDisease() { return p != null && yes(p.coronaryArteryDisease()); }
    public boolean isPortalHypertension() { return p != null && yes(p.portalHypertension()); }
    /** NONE, MILD, MODERATE_SEVERE or null. */
    public String getAscites() { return p == null ? null : p.ascites(); }
    public boolean isAscitesPresent() { return getAscites() != null && !"NONE".equals(getAscites()); }
    public boolean isPulmonaryReserveCompromised() { return p != null && yes(p.pulmonaryReserveCompromised()); }
    public boolean isBleomycinPulmonaryRisk() { return p != null && yes(p.bleomycinPulmonaryRisk()); }
    public boolean isDistantMetastasis() { return distantMetastasis; }
    /** Bilirubin above the laboratory's own upper limit of normal; false when either value is missing. */
    public boolean isHyperbilirubinaemia() {
        return bilirubinUmolL != null && bilirubinUlnUmolL != null && bilirubinUmolL.compareTo(bilirubinUlnUmolL) > 0;
    }
    public String getPlannedModality() { return plannedModality; }

    private static BigDecimal value(Measured m) {
        return m == null ? null : m.value();
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
