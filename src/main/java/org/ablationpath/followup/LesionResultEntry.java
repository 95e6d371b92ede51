package org.ablationpath.followup;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.ablationpath.imaging.LiradsTreatmentResponse;
import org.ablationpath.imaging.Mrecist;

/** One treated tumour as read on the visit imaging (outcomes.md 4.11): response, LR-TR for HCC, mRECIST, minimal margin. */
public class LesionResultEntry {

    @NotBlank
    @Size(max = 20)
    private String tumorId;
    @NotNull
    private LesionResponse response;
    private LiradsTreatmentResponse liradsTr;
    private Mrecist mrecist;
    @DecimalMin("0.0")
    @DecimalMax("999.9")
    @Digits(integer = 3, fraction = 1)
    private BigDecimal marginMm;

    public LesionResultEntry() {
    }

    public String getTumorId() {
        return tumorId;
    }

    public void setTumorId(String tumorId) {
        this.tumorId = tumorId;
    }

    public LesionResponse getResponse() {
        return response;
    }

    public void setResponse(LesionResponse response) {
        this.response = response;
    }

    public LiradsTreatmentResponse getLiradsTr() {
        return liradsTr;
    }

    public void setLiradsTr(LiradsTreatmentResponse liradsTr) {
        this.liradsTr = liradsTr;
    }

    public Mrecist getMrecist() {
        return mrecist;
    }

    public void setMrecist(Mrecist mrecist) {
        this.mrecist = mrecist;
    }

    public BigDecimal getMarginMm() {
        return marginMm;
    }

    public void setMarginMm(BigDecimal marginMm) {
        this.marginMm = marginMm;
    }
}
