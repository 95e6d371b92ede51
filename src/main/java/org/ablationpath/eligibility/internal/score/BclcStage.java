package org.ablationpath.eligibility.internal.score;

import java.math.BigDecimal;

/**
 * CALC-04 BCLC stage, 2022 update [BCLC22], first match wins:
 * <ol>
 *   <li>Child-Pugh C (end-stage liver function) or ECOG ≥ 3 → D;</li>
 *   <li>macrovascular invasion, extrahepatic spread, or ECOG 1–2 with {@code ecogCancerRelated} → C;</li>
 *   <li>one tumour ≤ 20 mm → 0 (with {@code bclcStage0RequiresChildPughA}: only for Child-Pugh A, BCLC 2018);</li>
 *   <li>one tumour of any size, or 2–3 tumours each ≤ 30 mm → A;</li>
 *   <li>otherwise → B.</li>
 * </ol>
 * {@code performanceStatusOnly} is true when the stage is C only because of a cancer-related ECOG 1–2 (LIV-HCC-07).
 */
public record BclcStage(String stage, boolean performanceStatusOnly) {

    private static final BigDecimal STAGE_0_MAX_MM = new BigDecimal("20");
    private static final BigDecimal MULTIPLE_MAX_MM = new BigDecimal("30");

    /**
     * Null when an input the first matching step needs is missing: ECOG or the Child-Pugh class always, and
     * {@code ecogCancerRelated} for ECOG 1–2 without vascular invasion or extrahepatic spread.
     */
    public static BclcStage compute(HccBurden hcc, Integer ecog, Boolean ecogCancerRelated, String childPughClass,
                                    boolean stage0RequiresChildPughA) {
        if (ecog == null || childPughClass == null) {
            return null;
        }
        if ("C".equals(childPughClass) || ecog >= 3) {
            return new BclcStage("D", false);
        }
        if (hcc.macrovascularInvasion() || hcc.extrahepaticDisease()) {
            return new BclcStage("C", false);
        }
        if (ecog >= 1) {
            if (ecogCancerRelated == null) {
                return null;
            }
            if (ecogCancerRelated) {
                return new BclcStage("C", true);
            }
        }
        if (hcc.count() == 1 && hcc.allAtMost(STAGE_0_MAX_MM)
                && (!stage0RequiresChildPughA || "A".equals(childPughClass))) {
            return new BclcStage("0", false);
        }
        if (hcc.count() == 1 || (hcc.count() <= 3 && hcc.allAtMost(MULTIPLE_MAX_MM))) {
            return new BclcStage("A", false);
        }
        return new BclcStage("B", false);
    }
}
