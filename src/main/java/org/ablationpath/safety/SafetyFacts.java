package org.ablationpath.safety;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the safety rules (rules/safety) look at for one case: its ablation sessions, every lab sample with its
 * context, the adverse events with their raw classification facts, vital-sign observations, imaging findings and
 * tumour markers, the follow-up windows that closed without their contact, and the trial or registry enrolment
 * (ALR-16; null when not enrolled). The same for a live case and a posted
 * case document. {@code now} stamps the alert drafts and
 * their acknowledgement deadlines.
 */
public record SafetyFacts(UUID caseId, String centerId, Instant now, List<Session> sessions, boolean anticoagulation,
                          List<String> histologies, List<LabSample> labs, List<AdverseEventFacts> adverseEvents,
                          List<Observation> observations, List<ImagingStudy> imaging, List<MarkerValue> markers,
                          boolean reAblationPreAuthorised, LocalDate deathDate, List<ClosedWindow> closedWindows,
                          Enrolment enrolment) {

    public SafetyFacts {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        histologies = histologies == null ? List.of() : List.copyOf(histologies);
        labs = labs == null ? List.of() : List.copyOf(labs);
        adverseEvents = adverseEvents == null ? List.of() : List.copyOf(adverseEvents);
        observations = observations == null ? List.of() : List.copyOf(observations);
        imaging = imaging == null ? List.of() : List.copyOf(imaging);
        markers = markers == null ? List.of() : List.copyOf(markers);
        closedWindows = closedWindows == null ? List.of() : List.copyOf(closedWindows);
    }

    /** Facts without an enrolment. */
    public SafetyFacts(UUID caseId, String centerId, Instant now, List<Session> sessions, boolean anticoagulation,
                       List<String> histologies, List<LabSample> labs, List<AdverseEventFacts> adverseEvents,
                       List<Observation> observations, List<ImagingStudy> imaging, List<MarkerValue> markers,
                       boolean reAblationPreAuthorised, LocalDate deathDate, List<ClosedWindow> closedWindows) {
        this(caseId, centerId, now, sessions, anticoagulation, histologies, labs, adverseEvents, observations, imaging,
                markers, reAblationPreAuthorised, deathDate, closedWindows, null);
    }

    /** Facts without closed follow-up windows. */
    public SafetyFacts(UUID caseId, String centerId, Instant now, List<Session> sessions, boolean anticoagulation,
                       List<String> histologies, List<LabSample> labs, List<AdverseEventFacts> adverseEvents,
                       List<Observation> observations, List<ImagingStudy> imaging, List<MarkerValue> markers,
                       boolean reAblationPreAuthorised, LocalDate deathDate) {
        this(caseId, centerId, now, sessions, anticoagulation, histologies, labs, adverseEvents, observations, imaging,
                markers, reAblationPreAuthorised, deathDate, List.of(), null);
    }

    /** An ablation session (TMG-01 attributes events and samples to the latest session not after them). */
    public record Session(String id, LocalDate date) {
    }

    /**
     * One lab sample in canonical units, keyed by the engine field names of outcomes.md 4.5 (altUL, altUlnUL, ...).
     * {@code context} is BASELINE, PRE_PROCEDURE, POST_PROCEDURE or FOLLOW_UP; a sample on a session day counts as
     * post-procedure only when its context says so.
     */
    public record LabSample(String id, LocalDate collectedDate, String context, Map<String, BigDecimal> values) {
    }

    /**
     * An adverse event with the raw facts both CIRSE versions are derived from (safety.md 4.1) and the SIR 2017
     * severity as entered. {@code procedureRef} names the attributed session when the investigator chose one.
     */
    public record AdverseEventFacts(String ref, String procedureRef, LocalDate onsetDate, String ctcaeTerm,
                                    Integer gradeAtOnset, Integer worstGrade, List<String> interventions,
                                    Boolean solvedWithinProcedure, Boolean procedureSucceeded, Boolean additionalTherapy,
                                    Integer additionalHospitalDays, Integer unplannedStayHours, LocalDate admissionDate,
                                    LocalDate dischargeDate, String sequelae, String outcome, LocalDate deathDate,
                                    String sir2017Severity, Boolean expectedSideEffect) {
    }

    /** A vital-sign observation: TEMPERATURE (°C), HEART_RATE (/min), SYSTOLIC_BP (mmHg). */
    public record Observation(LocalDate date, String type, BigDecimal value) {
    }

    /** An imaging study with its per-tumour assessments (outcomes.md: response, minimal margin). */
    public record ImagingStudy(LocalDate date, String purpose, boolean newIntraOrganTumour, boolean extraOrganDisease,
                               List<Assessment> assessments) {
        public ImagingStudy {
            assessments = assessments == null ? List.of() : List.copyOf(assessments);
        }
    }

    /** One tumour at one imaging study; {@code histology} of the tumour (HCC, CRLM, ...). */
    public record Assessment(String tumorId, String histology, String response, BigDecimal minimalMarginMm) {
    }

    /** A tumour marker value (AFP or CEA, ng/mL) measured at a visit. */
    public record MarkerValue(LocalDate date, String marker, BigDecimal value) {
    }

    /**
     * A follow-up window that closed without its contact or imaging (FUP-03, FUP-04; ALR-10, ALR-11).
     *
     * @param ref               the grid point (visit id, or label and window end in a document)
     * @param responseVisit     the response visit of a session (day 21 to 56)
     * @param consecutiveMisses contacts missed in a row, this one included
     * @param withoutContrast   the response imaging was done inside the window but without contrast (ALR-11)
     */
    public record ClosedWindow(String ref, String scheduleId, String label, LocalDate windowStart, LocalDate windowEnd,
                               boolean responseVisit, int consecutiveMisses, boolean withoutContrast) {
    }

    /**
     * The trial or registry the case is enrolled in (safety.md ALR-16).
     *
     * @param reportWithinHours the protocol's reporting limit; null for safety.md's default of 24 h
     */
    public record Enrolment(String enrolled, boolean expeditedReporting, Integer reportWithinHours) {
    }
}
