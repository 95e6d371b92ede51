package org.ablationpath.eligibility.internal.score;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * CALC-01 Child-Pugh score [PUGH73]. The middle band is closed on both ends (bilirubin 2.0 and 3.0 mg/dL,
 * albumin 28 and 35 g/L, INR 1.7 and 2.3 score 2); bilirubin points come from µmol/L / 17.1, so SI and
 * conventional inputs give the same points. Ascites MODERATE_SEVERE, or refractory ascites, scores 3
 * ("including refractory"). Class A 5-6, B 7-9, C 10-15; label e.g. {@code B7}.
 */
public record ChildPughScore(int points, String childPughClass, String label, int bilirubinPoints,
                             int albuminPoints, int inrPoints, int ascitesPoints, int encephalopathyPoints) {

    private static final BigDecimal UMOL_PER_MG_DL = new BigDecimal("17.1");
    private static final BigDecimal BILIRUBIN_LOW_MG_DL = new BigDecimal("2.0");
    private static final BigDecimal BILIRUBIN_HIGH_MG_DL = new BigDecimal("3.0");
    private static final BigDecimal ALBUMIN_LOW_G_L = new BigDecimal("28");
    private static final BigDecimal ALBUMIN_HIGH_G_L = new BigDecimal("35");
    private static final BigDecimal INR_LOW = new BigDecimal("1.7");
    private static final BigDecimal INR_HIGH = new BigDecimal("2.3");

    /** Null when an input is missing or unknown. */
    public static ChildPughScore compute(BigDecimal bilirubinUmolL, BigDecimal albuminGL, BigDecimal inr,
                                         String ascites, Boolean refractoryAscites, Integer encephalopathyGrade) {
        if (bilirubinUmolL == null || albuminGL == null || inr == null || ascites == null
                || encephalopathyGrade == null) {
            return null;
        }
        Integer ascitesPoints = switch (ascites) {
            case "NONE" -> 1;
            case "MILD" -> 2;
            case "MODERATE_SEVERE" -> 3;
            default -> null;
        };
        if (ascitesPoints == null || encephalopathyGrade < 0 || encephalopathyGrade > 4) {
            return null;
        }
        if (Boolean.TRUE.equals(refractoryAscites)) {
            ascitesPoints = 3;
        }
        BigDecimal bilirubinMgDl = bilirubinUmolL.divide(UMOL_PER_MG_DL, MathContext.DECIMAL64);
        int bilirubin = middleBand(bilirubinMgDl, BILIRUBIN_LOW_MG_DL, BILIRUBIN_HIGH_MG_DL, false);
        int albumin = middleBand(albuminGL, ALBUMIN_LOW_G_L, ALBUMIN_HIGH_G_L, true);
        int inrPoints = middleBand(inr, INR_LOW, INR_HIGH, false);
        int encephalopathy = encephalopathyGrade == 0 ? 1 : encephalopathyGrade <= 2 ? 2 : 3;
        int points = bilirubin + albumin + inrPoints + ascitesPoints + encephalopathy;
        String cls = points <= 6 ? "A" : points <= 9 ? "B" : "C";
        return new ChildPughScore(points, cls, cls + points, bilirubin, albumin, inrPoints, ascitesPoints,
                encephalopathy);
    }

    /** 1, 2 or 3 points; the band [low, high] scores 2. {@code higherIsBetter} for albumin. */
    private static int middleBand(BigDecimal value, BigDecimal low, BigDecimal high, boolean higherIsBetter) {
        if (value.compareTo(low) < 0) {
            return higherIsBetter ? 3 : 1;
        }
        if (value.compareTo(high) > 0) {
            return higherIsBetter ? 1 : 3;
        }
        return 2;
    }
}
