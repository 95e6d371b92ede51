package org.ablationpath.eligibility.internal.score;

import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.DiseaseData;
import org.ablationpath.eligibility.LabData;
import org.ablationpath.eligibility.Measured;
import org.ablationpath.eligibility.PatientData;
import org.ablationpath.eligibility.TumorData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * CALC-01 … CALC-05, computed once per evaluation from the normalised document (canonical units). Each score is
 * null when its inputs are missing; the non-null ones are inserted as facts for the rules.
 */
public record Scores(ChildPughScore childPugh, AlbiScore albi, MilanCriteria milan, BclcStage bclc, CnlcStage cnlc) {

    public static Scores compute(CaseDocument doc, boolean bclcStage0RequiresChildPughA) {
        PatientData patient = doc.patient();
        LabData labs = doc.labs();
        DiseaseData disease = doc.disease();
        BigDecimal bilirubin = labs == null ? null : canonical(labs.bilirubinUmolL());
        BigDecimal albumin = labs == null ? null : canonical(labs.albuminGL());
        BigDecimal inr = labs == null ? null : labs.inr();
        ChildPughScore childPugh = patient == null ? null : ChildPughScore.compute(bilirubin, albumin, inr,
                patient.ascites(), patient.refractoryAscites(), patient.encephalopathyGrade());
        AlbiScore albi = AlbiScore.compute(bilirubin, albumin);

        HccBurden hcc = hccBurden(doc.tumors(), disease);
        MilanCriteria milan = null;
        BclcStage bclc = null;
        CnlcStage cnlc = null;
        if (hcc != null) {
            String cpClass = childPugh == null ? null : childPugh.childPughClass();
            Integer ecog = patient == null ? null : patient.ecog();
            milan = MilanCriteria.compute(hcc);
            bclc = BclcStage.compute(hcc, ecog, patient == null ? null : patient.ecogCancerRelated(), cpClass,
                    bclcStage0RequiresChildPughA);
            cnlc = CnlcStage.compute(hcc, ecog, cpClass);
        }
        return new Scores(childPugh, albi, milan, bclc, cnlc);
    }

    /** The computed scores as rule facts. */
    public List<Object> facts() {
        return Stream.of(childPugh, albi, milan, bclc, cnlc).filter(Objects::nonNull).map(o -> (Object) o).toList();
    }

    /** Null when there is no HCC, an HCC has no usable size, or the disease extent is not known. */
    private static HccBurden hccBurden(List<TumorData> tumors, DiseaseData disease) {
        if (tumors == null || disease == null || disease.macrovascularInvasion() == null
                || disease.extrahepaticDisease() == null) {
            return null;
        }
        List<BigDecimal> sizes = new ArrayList<>();
        for (TumorData t : tumors) {
            if (t != null && "HCC".equals(t.histology())) {
                BigDecimal size = canonical(t.maxDiameterMm());
                if (size == null) {
                    return null;
                }
                sizes.add(size);
            }
        }
        if (sizes.isEmpty()) {
            return null;
        }
        return new HccBurden(List.copyOf(sizes), !"NONE".equals(disease.macrovascularInvasion()),
                disease.extrahepaticDisease());
    }

    private static BigDecimal canonical(Measured m) {
        return m == null || m.unit() != null ? null : m.value();
    }
}
