package org.ablationpath.imaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The form of the "Response assessment" task (pathway.md STG-09; ImagingStudy and TumorAssessment of outcomes.md
 * 4.11), the same for the screen and {@code POST /api/tasks/{id}/complete}. What depends on the case (which tumours
 * were treated, which are HCC, the study date against today) is checked when the form is submitted.
 */
public class ResponseAssessmentForm {

    @NotNull
    private LocalDate studyDate;
    @NotNull
    private ImagingModality modality;
    @NotNull
    private Boolean contrast;
    @NotNull
    private Boolean newIntraOrganTumour;
    @NotNull
    private Boolean extraOrganDisease;
    /** One per treated tumour of the latest session; further tumours of the case seen on the study may be added. */
    @NotEmpty
    @Valid
    private List<TumorAssessment> assessments = new ArrayList<>();
    @Size(max = 2000)
    private String note;

    public LocalDate getStudyDate() {
        return studyDate;
    }

    public void setStudyDate(LocalDate studyDate) {
        this.studyDate = studyDate;
    }

    public ImagingModality getModality() {
        return modality;
    }

    public void setModality(ImagingModality modality) {
        this.modality = modality;
    }

    public Boolean getContrast() {
        return contrast;
    }

    public void setContrast(Boolean contrast) {
        this.contrast = contrast;
    }

    public Boolean getNewIntraOrganTumour() {
        return newIntraOrganTumour;
    }

    public void setNewIntraOrganTumour(Boolean newIntraOrganTumour) {
        this.newIntraOrganTumour = newIntraOrganTumour;
    }

    public Boolean getExtraOrganDisease() {
        return extraOrganDisease;
    }

    public void setExtraOrganDisease(Boolean extraOrganDisease) {
        this.extraOrganDisease = extraOrganDisease;
    }

    public List<TumorAssessment> getAssessments() {
        return assessments;
    }

    public void setAssessments(List<TumorAssessment> assessments) {
        this.assessments = assessments;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** One tumour on the study. */
    public static class TumorAssessment {

        @NotBlank
        @Size(max = 20)
        private String tumorId;
        @NotNull
        private TumorResponse response;
        /** Required for HCC, not applicable to other histologies. */
        private LiradsTreatmentResponse liradsTr;
        private Mrecist mrecist;
        /** decimal(4,1) in mm (outcomes.md 4.11). */
        @DecimalMin("0.0")
        @DecimalMax("999.9")
        @Digits(integer = 3, fraction = 1)
        private BigDecimal minimalMarginMm;
        @Min(1)
        private Integer ablationZoneMaxMm;

        public String getTumorId() {
            return tumorId;
        }

        public void setTumorId(String tumorId) {
            this.tumorId = tumorId;
        }

        public TumorResponse getResponse() {
            return response;
        }

        public void setResponse(TumorResponse response) {
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

        public BigDecimal getMinimalMarginMm() {
            return minimalMarginMm;
        }

        public void setMinimalMarginMm(BigDecimal minimalMarginMm) {
            this.minimalMarginMm = minimalMarginMm;
        }

        public Integer getAblationZoneMaxMm() {
            return ablationZoneMaxMm;
        }

        public void setAblationZoneMaxMm(Integer ablationZoneMaxMm) {
            this.ablationZoneMaxMm = ablationZoneMaxMm;
        }
    }
}
