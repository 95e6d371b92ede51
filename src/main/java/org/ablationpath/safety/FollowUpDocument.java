package org.ablationpath.safety;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code followUp} block of a case document (contracts/case-evaluation.md; field names of outcomes.md 4): bound
 * strictly, so an unknown field, a wrong type, an impossible date or an unknown enum value is a 400 naming the path.
 * {@code labsPost} take canonical units (plain numbers); the adverse events take the data dictionary's raw
 * classification facts (4.13) besides the contract's fields, and {@code closedWindows} the follow-up windows that
 * closed without their contact (ALR-10, ALR-11); {@code enrolment} the trial or registry of the case (ALR-16).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowUpDocument(List<Procedure> procedures, List<Imaging> imaging, List<Visit> visits,
                               List<Observation> observations, List<PostLabs> labsPost,
                               List<AdverseEventEntry> adverseEvents, MdtDecision mdtDecision, VitalStatusEntry vitalStatus,
                               List<ClosedWindow> closedWindows, Enrolment enrolment) {

    public FollowUpDocument {
        procedures = procedures == null ? List.of() : procedures;
        imaging = imaging == null ? List.of() : imaging;
        visits = visits == null ? List.of() : visits;
        observations = observations == null ? List.of() : observations;
        labsPost = labsPost == null ? List.of() : labsPost;
        adverseEvents = adverseEvents == null ? List.of() : adverseEvents;
        closedWindows = closedWindows == null ? List.of() : closedWindows;
    }

    /** Without an enrolment. */
    public FollowUpDocument(List<Procedure> procedures, List<Imaging> imaging, List<Visit> visits,
                            List<Observation> observations, List<PostLabs> labsPost, List<AdverseEventEntry> adverseEvents,
                            MdtDecision mdtDecision, VitalStatusEntry vitalStatus, List<ClosedWindow> closedWindows) {
        this(procedures, imaging, visits, observations, labsPost, adverseEvents, mdtDecision, vitalStatus, closedWindows, null);
    }

    /** Without closed follow-up windows. */
    public FollowUpDocument(List<Procedure> procedures, List<Imaging> imaging, List<Visit> visits,
                            List<Observation> observations, List<PostLabs> labsPost, List<AdverseEventEntry> adverseEvents,
                            MdtDecision mdtDecision, VitalStatusEntry vitalStatus) {
        this(procedures, imaging, visits, observations, labsPost, adverseEvents, mdtDecision, vitalStatus, null, null);
    }

    public record Procedure(String procedureId, LocalDate date, String modality, String intentType, List<String> tumorIds,
                            Boolean technicalSuccess, LocalDate dischargeDate) {
    }

    public record Imaging(LocalDate date, String modality, String purpose, Boolean newIntraOrganTumour,
                          Boolean extraOrganDisease, List<ImagingAssessment> assessments) {
    }

    public record ImagingAssessment(String tumorId, String response, String liradsTr, String mrecist,
                                    BigDecimal minimalMarginMm, BigDecimal volumeMl) {
    }

    public record Visit(LocalDate date, String type, Integer ecog, Integer painNrs, BigDecimal ceaNgMl, BigDecimal afpNgMl) {
    }

    /** TEMPERATURE (°C), HEART_RATE (/min), SYSTOLIC_BP (mmHg). */
    public record Observation(LocalDate date, ObservationType type, BigDecimal value, String unit) {
    }

    public enum ObservationType { TEMPERATURE, HEART_RATE, SYSTOLIC_BP }

    /** A post-procedure sample: the {@code labs} fields of the contract plus the other graded analytes of 4.5. */
    public record PostLabs(LocalDate date, BigDecimal plateletsE9L, BigDecimal plateletsLlnE9L, BigDecimal inr,
                           BigDecimal bilirubinUmolL, BigDecimal bilirubinUlnUmolL, BigDecimal albuminGL,
                           BigDecimal creatinineUmolL, BigDecimal creatinineUlnUmolL, BigDecimal hemoglobinGL,
                           BigDecimal hemoglobinLlnGL, BigDecimal altUL, BigDecimal altUlnUL, BigDecimal astUL,
                           BigDecimal astUlnUL, BigDecimal neutrophilsE9L, BigDecimal ggtUL, BigDecimal ggtUlnUL,
                           BigDecimal alpUL, BigDecimal alpUlnUL) {
    }

    public record AdverseEventEntry(String aeId, String procedureId, LocalDate onsetDate, String term,
                                    Integer gradeAtOnset, Integer worstGrade, Attribution attribution,
                                    Boolean expectedSideEffect, String description, List<Intervention> interventions,
                                    Boolean solvedWithinProcedure, Boolean procedureSucceeded, Boolean additionalTherapy,
                                    Integer additionalHospitalDays, Integer unplannedStayHours, LocalDate admissionDate,
                                    LocalDate dischargeDate, AdverseEventOutcome outcome, Sequelae sequelae,
                                    LocalDate deathDate, Sir2017Severity sir2017Severity) {
    }

    /**
     * A follow-up window that closed without its contact or imaging, as the pathway recorded it (FUP-03, FUP-04):
     * {@code label} (M1, M3, ...), {@code scheduleId} (FUP-LIV-01, ...), the window, whether it was the response visit
     * and how many contacts were missed in a row with it (default 1); {@code withoutContrast} (default false) when the
     * response imaging was done inside the window but without contrast (ALR-11 still applies).
     */
    public record ClosedWindow(String label, String scheduleId, LocalDate windowStart, LocalDate windowEnd,
                               Boolean responseVisit, Integer consecutiveMisses, Boolean withoutContrast) {
    }

    public record MdtDecision(String decisionCode, Boolean reAblationPreAuthorised) {
    }

    public record VitalStatusEntry(String status, LocalDate lastContactDate, LocalDate deathDate, String causeOfDeath) {
    }

    /**
     * The trial or registry the case is enrolled in (safety.md ALR-16): {@code enrolled} names it,
     * {@code expeditedReporting} says whether its protocol asks for expedited reporting of serious adverse events,
     * {@code reportWithinHours} within how many hours (1 to 720; default 24).
     */
    public record Enrolment(String enrolled, Boolean expeditedReporting, Integer reportWithinHours) {
        public Enrolment {
            if (enrolled != null && enrolled.length() > 120) {
                throw new IllegalArgumentException("enrolled: at most 120 characters");
            }
            if (reportWithinHours != null && (reportWithinHours < 1 || reportWithinHours > 720)) {
                throw new IllegalArgumentException("reportWithinHours: 1 to 720 hours");
            }
        }
    }
}
