package org.ablationpath.followup;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** One analyte of a panel in its canonical unit (outcomes.md 4.5), with the laboratory limit graded analytes need. */
public class LabValueEntry {

    @NotNull
    private LabAnalyte analyte;
    @NotNull
    @Digits(integer = 9, fraction = 3)
    private BigDecimal value;
    @Positive
    @Digits(integer = 9, fraction = 3)
    private BigDecimal uln;
    @Positive
    @Digits(integer = 9, fraction = 3)
    private BigDecimal lln;

    public LabValueEntry() {
    }

    public LabAnalyte getAnalyte() {
        return analyte;
    }

    public void setAnalyte(LabAnalyte analyte) {
        this.analyte = analyte;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal getUln() {
        return uln;
    }

    public void setUln(BigDecimal uln) {
        this.uln = uln;
    }

    public BigDecimal getLln() {
        return lln;
    }

    public void setLln(BigDecimal lln) {
        this.lln = lln;
    }
}
