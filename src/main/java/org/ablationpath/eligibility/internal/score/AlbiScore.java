package org.ablationpath.eligibility.internal.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CALC-02 ALBI [JOHNSON15] and mALBI [HIRAOKA17]: {@code 0.66 × log10(bilirubin µmol/L) − 0.085 × albumin g/L}.
 * Graded on the unrounded score (grade 1 ≤ −2.60 &lt; grade 2 ≤ −1.39 &lt; grade 3; mALBI 2a ≤ −2.27 &lt; 2b);
 * the stored score is rounded to 2 decimals after grading.
 */
public record AlbiScore(BigDecimal score, int grade, String mAlbiGrade) {

    private static final BigDecimal BILIRUBIN_COEFFICIENT = new BigDecimal("0.66");
    private static final BigDecimal ALBUMIN_COEFFICIENT = new BigDecimal("0.085");
    private static final BigDecimal GRADE_1_MAX = new BigDecimal("-2.60");
    private static final BigDecimal GRADE_2A_MAX = new BigDecimal("-2.27");
    private static final BigDecimal GRADE_2_MAX = new BigDecimal("-1.39");

    /** Null when an input is missing or bilirubin is not positive. */
    public static AlbiScore compute(BigDecimal bilirubinUmolL, BigDecimal albuminGL) {
        if (bilirubinUmolL == null || albuminGL == null || bilirubinUmolL.signum() <= 0) {
            return null;
        }
        BigDecimal log = new BigDecimal(Math.log10(bilirubinUmolL.doubleValue()), MathContext.DECIMAL64);
        return fromRaw(BILIRUBIN_COEFFICIENT.multiply(log).subtract(ALBUMIN_COEFFICIENT.multiply(albuminGL)));
    }

    /** Grades the unrounded score, then rounds it to 2 decimals. */
    public static AlbiScore fromRaw(BigDecimal raw) {
        int grade;
        String mAlbi;
        if (raw.compareTo(GRADE_1_MAX) <= 0) {
            grade = 1;
            mAlbi = "1";
        } else if (raw.compareTo(GRADE_2_MAX) <= 0) {
            grade = 2;
            mAlbi = raw.compareTo(GRADE_2A_MAX) <= 0 ? "2a" : "2b";
        } else {
            grade = 3;
            mAlbi = "3";
        }
        return new AlbiScore(raw.setScale(2, RoundingMode.HALF_UP), grade, mAlbi);
    }
}
