package org.ablationpath.eligibility.internal.score;

import java.math.BigDecimal;

/**
 * CALC-05 CNLC stage [CN-NHC]: ECOG 3–4 or Child-Pugh C → IV; extrahepatic metastasis → IIIb; macrovascular
 * tumour thrombus → IIIa; single ≤ 50 mm → Ia; single &gt; 50 mm or 2–3 with largest ≤ 30 mm → Ib; 2–3 with largest
 * &gt; 30 mm → IIa; ≥ 4 → IIb.
 */
public record CnlcStage(String stage) {

    private static final BigDecimal SINGLE_MAX_MM = new BigDecimal("50");
    private static final BigDecimal MULTIPLE_MAX_MM = new BigDecimal("30");

    /** Null when ECOG or the Child-Pugh class is missing. */
    public static CnlcStage compute(HccBurden hcc, Integer ecog, String childPughClass) {
        if (ecog == null || childPughClass == null) {
            return null;
        }
        if (ecog >= 3 || "C".equals(childPughClass)) {
            return new CnlcStage("IV");
        }
        if (hcc.extrahepaticDisease()) {
            return new CnlcStage("IIIb");
        }
        if (hcc.macrovascularInvasion()) {
            return new CnlcStage("IIIa");
        }
        if (hcc.count() == 1) {
            return new CnlcStage(hcc.allAtMost(SINGLE_MAX_MM) ? "Ia" : "Ib");
        }
        if (hcc.count() <= 3) {
            return new CnlcStage(hcc.allAtMost(MULTIPLE_MAX_MM) ? "Ib" : "IIa");
        }
        return new CnlcStage("IIb");
    }
}
