package org.ablationpath.eligibility;

import java.math.BigDecimal;

/** CALC-02 ALBI score (rounded to 2 decimals after grading), grade 1–3 and mALBI grade (1, 2a, 2b, 3). */
public record AlbiData(BigDecimal score, int grade, String mAlbiGrade) {
}
