package org.ablationpath.safety.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.ablationpath.safety.LabGrade;
import org.kie.api.definition.rule.Rule;

/**
 * One post-procedure value of one analyte with the baseline of its session (the last value before the session,
 * not older than labMaxAgeDays), as the LABG rules see it. ULN and LLN come with each result from the laboratory.
 */
public final class LabValue {

    private final String sampleId;
    private final LocalDate date;
    private final Analyte analyte;
    private final BigDecimal value;
    private final BigDecimal uln;
    private final BigDecimal lln;
    private final BigDecimal baseline;
    private final BigDecimal baselineUln;
    private final BigDecimal baselineLln;
    private final boolean anticoagulation;
    private final int dayPostProcedure;

    public LabValue(String sampleId, LocalDate date, Analyte analyte, BigDecimal value, BigDecimal uln, BigDecimal lln,
                    BigDecimal baseline, BigDecimal baselineUln, BigDecimal baselineLln, boolean anticoagulation,
                    int dayPostProcedure) {
        this.sampleId = sampleId;
        this.date = date;
        this.analyte = analyte;
        this.value = value;
        this.uln = uln;
        this.lln = lln;
        this.baseline = baseline;
        this.baselineUln = baselineUln;
        this.baselineLln = baselineLln;
        this.anticoagulation = anticoagulation;
        this.dayPostProcedure = dayPostProcedure;
    }

    public String getSampleId() { return sampleId; }
    public LocalDate getDate() { return date; }
    /** The contract key: ALT, AST, bilirubin, creatinine, INR, platelets, hemoglobin, neutrophils, GGT, ALP. */
    public String getAnalyte() { return analyte.key(); }
    public BigDecimal getValue() { return value; }
    public BigDecimal getUln() { return uln; }
    public BigDecimal getLln() { return lln; }
    public BigDecimal getBaseline() { return baseline; }
    public boolean isAnticoagulation() { return anticoagulation; }
    public int getDayPostProcedure() { return dayPostProcedure; }

    public BigDecimal getRatioToUln() {
        return uln == null || uln.signum() <= 0 ? null : value.divide(uln, MathContext.DECIMAL64);
    }

    public BigDecimal getRatioToBaseline() {
        return baseline == null || baseline.signum() <= 0 ? null : value.divide(baseline, MathContext.DECIMAL64);
    }

    /** How far the value fell below the baseline (positive = fell); null without a baseline. */
    public BigDecimal getFallFromBaseline() {
        return baseline == null ? null : baseline.subtract(value);
    }

    /**
     * Baseline outside the laboratory's limit: above the ULN for increasing analytes, below the LLN for decreasing
     * ones. The baseline's own limit counts, else the current one.
     */
    public boolean isBaselineAbnormal() {
        if (baseline == null) {
            return false;
        }
        if (analyte.increasing()) {
            BigDecimal limit = baselineUln != null ? baselineUln : uln;
            return limit != null && baseline.compareTo(limit) > 0;
        }
        BigDecimal limit = baselineLln != null ? baselineLln : lln;
        return limit != null && baseline.compareTo(limit) < 0;
    }

    /** The graded value, for the rule that graded it. */
    public LabGrade graded(Rule rule, int grade, int baselineGrade) {
        return new LabGrade(sampleId, date, analyte.key(), RuleIds.id(rule), value, baseline, uln, lln, isBaselineAbnormal(),
                round(getRatioToUln()), round(getRatioToBaseline()), grade, baselineGrade);
    }

    private static BigDecimal round(BigDecimal ratio) {
        return ratio == null ? null : ratio.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    @Override
    public String toString() {
        return analyte.key() + "=" + value + " (uln " + uln + ", lln " + lln + ", baseline " + baseline + ", day "
                + dayPostProcedure + ")";
    }
}
