package org.ablationpath.eligibility.internal.score;

import java.math.BigDecimal;

/**
 * CALC-03 Milan criteria [MAZZAFERRO96]: IN when there is no macrovascular invasion and no extrahepatic disease
 * and either one HCC ≤ 50 mm or 2–3 HCC each ≤ 30 mm; otherwise OUT.
 */
public record MilanCriteria(String result) {

    private static final BigDecimal SINGLE_MAX_MM = new BigDecimal("50");
    private static final BigDecimal MULTIPLE_MAX_MM = new BigDecimal("30");

    public static MilanCriteria compute(HccBurden hcc) {
        boolean in = !hcc.macrovascularInvasion() && !hcc.extrahepaticDisease()
                && ((hcc.count() == 1 && hcc.allAtMost(SINGLE_MAX_MM))
                    || (hcc.count() >= 2 && hcc.count() <= 3 && hcc.allAtMost(MULTIPLE_MAX_MM)));
        return new MilanCriteria(in ? "IN" : "OUT");
    }

    public boolean isIn() {
        return "IN".equals(result);
    }
}
