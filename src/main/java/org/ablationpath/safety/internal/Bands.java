package org.ablationpath.safety.internal;

import java.math.BigDecimal;

/**
 * Grade bands for the LABG rules. The cut-offs are written in the DRL (safety.md 3.3); this only counts them:
 * increasing analytes have exclusive lower bounds (a value equal to a cut stays in the lower band), decreasing
 * analytes exclusive upper bounds (a value equal to a cut stays in the milder band).
 */
public final class Bands {

    private Bands() {
    }

    /** The grade of {@code x} on ascending cuts: the highest band whose lower cut {@code x} strictly exceeds; 0 below the first. */
    public static int above(BigDecimal x, String cuts) {
        return above(x, 1, cuts);
    }

    /** As {@link #above(BigDecimal, String)} with the first cut opening grade {@code firstGrade} (LABG-03 starts at 2). */
    public static int above(BigDecimal x, int firstGrade, String cuts) {
        if (x == null) {
            return 0;
        }
        String[] c = cuts.trim().split("\\s+");
        int grade = 0;
        for (int i = 0; i < c.length; i++) {
            if (x.compareTo(new BigDecimal(c[i])) > 0) {
                grade = firstGrade + i;
            }
        }
        return grade;
    }

    /** The grade of {@code x} on descending cuts starting at grade 1: the deepest cut {@code x} is strictly below. */
    public static int below(BigDecimal x, String cuts) {
        return below(x, 1, cuts);
    }

    /**
     * Descending cuts with the laboratory's lower limit as the grade-1 cut (the following cuts open grades 2, 3, ...).
     * Without a lower limit grade 1 cannot be told from normal, so the value is graded from grade 2 on only.
     */
    public static int belowLln(BigDecimal x, BigDecimal lln, String cuts) {
        if (x == null) {
            return 0;
        }
        int grade = below(x, 2, cuts);
        return grade == 0 && lln != null && x.compareTo(lln) < 0 ? 1 : grade;
    }

    private static int below(BigDecimal x, int firstGrade, String cuts) {
        if (x == null) {
            return 0;
        }
        String[] c = cuts.trim().split("\\s+");
        int grade = 0;
        for (int i = 0; i < c.length; i++) {
            if (x.compareTo(new BigDecimal(c[i])) < 0) {
                grade = firstGrade + i;
            }
        }
        return grade;
    }
}
