package org.ablationpath.outcomes.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ablationpath.board.DecisionCode;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.ContactType;
import org.ablationpath.followup.VitalStatus;
import org.ablationpath.imaging.ImagingModality;
import org.ablationpath.imaging.LiradsTreatmentResponse;
import org.ablationpath.imaging.Mrecist;
import org.ablationpath.procedure.IntentType;
import org.ablationpath.procedure.Modality;
import org.ablationpath.safety.AdverseEventOutcome;

/**
 * The {@code followUp} block of an imported case document (contracts/case-evaluation.md), typed so that a wrong value
 * is named by its path and the enums give the data dictionary its allowed values (outcomes.md 4.9 to 4.14).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistryFollowUp(
        List<@NotNull @Valid Session> procedures,
        List<@NotNull @Valid Imaging> imaging,
        List<@NotNull @Valid Visit> visits,
        List<@NotNull @Valid ClinicalObservation> observations,
        List<@NotNull JsonNode> labsPost,
        List<@NotNull @Valid ReportedAdverseEvent> adverseEvents,
        @Valid MdtDecision mdtDecision,
        @Valid VitalStatusReport vitalStatus) {

    public List<Session> sessions() {
        return procedures == null ? List.of() : procedures;
    }

    public List<Imaging> studies() {
        return imaging == null ? List.of() : imaging;
    }

    public List<Visit> visitList() {
        return visits == null ? List.of() : visits;
    }

    public List<ClinicalObservation> observationList() {
        return observations == null ? List.of() : observations;
    }

    public List<ReportedAdverseEvent> adverseEventList() {
        return adverseEvents == null ? List.of() : adverseEvents;
    }

    public List<JsonNode> labPanels() {
        return labsPost == null ? List.of() : labsPost;
    }

    /** One ablation session (outcomes.md 4.9). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Session(@NotBlank @Size(max = 20) String procedureId, @NotNull LocalDate date, @NotNull Modality modality,
                          @NotNull IntentType intentType, @NotEmpty List<@NotBlank String> tumorIds,
                          @NotNull Boolean technicalSuccess, LocalDate dischargeDate) {
    }

    /** An imaging study with its per-tumour assessments (outcomes.md 4.11). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Imaging(@NotNull LocalDate date, @NotNull ImagingModality modality, @NotNull ImagingPurpose purpose,
                          Boolean newIntraOrganTumour, Boolean extraOrganDisease,
                          List<@NotNull @Valid Assessment> assessments) {

        public List<Assessment> assessmentList() {
            return assessments == null ? List.of() : assessments;
        }
    }

    /** ImagingStudy.purpose of outcomes.md 4.11. */
    public enum ImagingPurpose {
        BASELINE, IMMEDIATE_POST, RESPONSE, SURVEILLANCE, PROBLEM_SOLVING
    }

    /** TumorAssessment.response of outcomes.md 4.11 (LTP included: a surveillance study may find it). */
    public enum AssessedResponse {
        COMPLETE, RESIDUAL_VIABLE, EQUIVOCAL, LTP, NOT_EVALUABLE
    }

    /** One tumour seen on a study. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assessment(@NotBlank String tumorId, @NotNull AssessedResponse response, LiradsTreatmentResponse liradsTr,
                             Mrecist mrecist, @DecimalMin("0.0") BigDecimal minimalMarginMm,
                             @DecimalMin(value = "0.0", inclusive = false) BigDecimal volumeMl) {
    }

    /** A follow-up visit that took place (outcomes.md 4.12). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Visit(@NotNull LocalDate date, @NotNull ContactType type, @Min(0) @Max(4) Integer ecog,
                        @Min(0) @Max(10) Integer painNrs, @DecimalMin("0.0") BigDecimal ceaNgMl,
                        @DecimalMin("0.0") BigDecimal afpNgMl) {
    }

    /** A measured value such as a temperature. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClinicalObservation(@NotNull LocalDate date, @NotBlank @Size(max = 40) String type,
                                      @NotNull BigDecimal value, @Size(max = 20) String unit) {
    }

    /** AdverseEvent.sequelae of outcomes.md 4.13. */
    public enum Sequelae {
        NONE, MILD, SEVERE
    }

    /** AdverseEvent.interventions of outcomes.md 4.13. */
    public enum Intervention {
        NONE, OBSERVATION, ORAL_MEDICATION, IV_MEDICATION, IV_ANTIBIOTICS, TRANSFUSION, PERCUTANEOUS_DRAINAGE, CHEST_TUBE,
        EMBOLIZATION, ENDOSCOPIC, SURGERY, ICU, DIALYSIS
    }

    /** An adverse event as the contract reports it (outcomes.md 4.13); grading is derived, not imported. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportedAdverseEvent(@NotBlank @Size(max = 20) String aeId, @NotNull LocalDate onsetDate,
                                       @NotBlank @Size(max = 200) String term, @Size(max = 4000) String description,
                                       List<@NotNull Intervention> interventions, LocalDate admissionDate,
                                       LocalDate dischargeDate, AdverseEventOutcome outcome, Sequelae sequelae,
                                       LocalDate deathDate) {
    }

    /** The board's decision on the case (outcomes.md 4.8). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MdtDecision(@NotNull DecisionCode decisionCode, Boolean reAblationPreAuthorised) {
    }

    /** VitalStatus of outcomes.md 4.14. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VitalStatusReport(@NotNull VitalStatus status, @NotNull LocalDate lastContactDate, LocalDate deathDate,
                                    CauseOfDeath causeOfDeath) {
    }
}
