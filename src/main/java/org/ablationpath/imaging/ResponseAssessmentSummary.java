package org.ablationpath.imaging;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored response assessment: the imaging study, what it means for the pathway ({@code finding}) and each tumour's
 * response and margin with the margin target in force when it was recorded. {@code sessionNumber} is the session
 * whose response it assesses, when the case has recorded sessions.
 */
public record ResponseAssessmentSummary(UUID id, UUID caseId, LocalDate studyDate, ImagingModality modality,
                                        boolean contrast, boolean newIntraOrganTumour, boolean extraOrganDisease,
                                        ResponseFinding finding, List<TumorResult> tumors, String note,
                                        Integer sessionNumber, String recordedBy, Instant recordedAt) {

    /** The text the API and the screens give where no margin target is published for a histology. */
    public static final String NO_PUBLISHED_MARGIN_TARGET = "no published margin target";

    /** One tumour's assessment. {@code marginTargetMm} is null where no target is published for its histology. */
    public record TumorResult(String tumorId, String histology, TumorResponse response, LiradsTreatmentResponse liradsTr,
                              Mrecist mrecist, BigDecimal minimalMarginMm, BigDecimal marginTargetMm,
                              Integer ablationZoneMaxMm) {

        /** True or false when both the margin and a target are known; absent otherwise. */
        @JsonProperty("marginBelowTarget")
        public Boolean marginBelowTarget() {
            return minimalMarginMm == null || marginTargetMm == null ? null
                    : ResponseRouting.belowTarget(minimalMarginMm, marginTargetMm);
        }

        @JsonProperty("marginTargetNote")
        public String marginTargetNote() {
            return marginTargetMm == null ? NO_PUBLISHED_MARGIN_TARGET : null;
        }
    }
}
