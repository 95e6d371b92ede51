package org.ablationpath.safety;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A post-procedure lab value graded by a LABG rule (safety.md 3.3). {@code baselineGrade} is the grade the baseline
 * itself has on the scale used (0 on the ratio-to-baseline scales); a value starts an episode only above it.
 */
public record LabGrade(String sampleId, LocalDate date, String analyte, String ruleId, BigDecimal value,
                       BigDecimal baseline, BigDecimal uln, BigDecimal lln, boolean baselineAbnormal,
                       BigDecimal ratioToUln, BigDecimal ratioToBaseline, int grade, int baselineGrade) {

    /** A new laboratory adverse event: graded at least 1 and above the baseline's own grade. */
    public boolean exceedsBaseline() {
        return grade >= 1 && grade > baselineGrade;
    }
}
