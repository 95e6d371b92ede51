package org.ablationpath.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.platform.persistence.ChangeStamped;
import org.ablationpath.safety.AdverseEvent;
import org.ablationpath.safety.AdverseEventOutcome;
import org.ablationpath.safety.AeClassification;
import org.ablationpath.safety.Attribution;
import org.ablationpath.safety.Intervention;
import org.ablationpath.safety.SafetyFacts;
import org.ablationpath.safety.Sequelae;
import org.ablationpath.safety.Sir2017Severity;
import org.hibernate.envers.Audited;

/** An adverse event as reported, and reviewed once; versioned, so two reviewers cannot overwrite each other. */
@Entity
@Audited
@Table(name = "adverse_event")
class AdverseEventEntity extends ChangeStamped {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "procedure_session_id")
    private UUID procedureSessionId;
    @Column(name = "onset_date")
    private LocalDate onsetDate;
    @Column(name = "ctcae_version")
    private String ctcaeVersion;
    @Column(name = "ctcae_term_code")
    private String ctcaeTermCode;
    @Column(name = "ctcae_term")
    private String ctcaeTerm;
    @Column(name = "grade_at_onset")
    private int gradeAtOnset;
    private String description;
    @Column(name = "reported_by")
    private String reportedBy;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @Column(name = "worst_grade")
    private Integer worstGrade;
    @Enumerated(EnumType.STRING)
    private Attribution attribution;
    @Column(name = "expected_side_effect")
    private Boolean expectedSideEffect;
    @Enumerated(EnumType.STRING)
    private AdverseEventOutcome outcome;
    @Column(name = "review_note")
    private String reviewNote;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "solved_within_procedure")
    private Boolean solvedWithinProcedure;
    @Column(name = "procedure_succeeded")
    private Boolean procedureSucceeded;
    @Column(name = "additional_therapy")
    private Boolean additionalTherapy;
    @Column(name = "additional_hospital_days")
    private Integer additionalHospitalDays;
    @Column(name = "unplanned_stay_hours")
    private Integer unplannedStayHours;
    @Enumerated(EnumType.STRING)
    private Sequelae sequelae;
    @Enumerated(EnumType.STRING)
    @Column(name = "sir2017_severity")
    private Sir2017Severity sir2017Severity;
    @Column(name = "day_post_procedure")
    private Integer dayPostProcedure;
    @Column(name = "timing_category")
    private String timingCategory;
    @Column(name = "cirse2017_grade")
    private Integer cirse2017Grade;
    @Column(name = "sir2003_class")
    private String sir2003Class;
    @Column(name = "major_complication")
    private Boolean majorComplication;
    private Boolean serious;
    @Column(name = "derived_expected_side_effect")
    private Boolean derivedExpectedSideEffect;
    @Column(name = "safety_rules_version")
    private String safetyRulesVersion;
    private String interventions;
    private Boolean hospitalized;
    @Column(name = "admission_date")
    private LocalDate admissionDate;
    @Column(name = "discharge_date")
    private LocalDate dischargeDate;

    protected AdverseEventEntity() {
    }

    AdverseEventEntity(UUID caseId, String centerId, UUID procedureSessionId, LocalDate onsetDate, String ctcaeVersion,
                       String ctcaeTermCode, String ctcaeTerm, int gradeAtOnset, String description, String reportedBy,
                       Instant reportedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.procedureSessionId = procedureSessionId;
        this.onsetDate = onsetDate;
        this.ctcaeVersion = ctcaeVersion;
        this.ctcaeTermCode = ctcaeTermCode;
        this.ctcaeTerm = ctcaeTerm;
        this.gradeAtOnset = gradeAtOnset;
        this.description = description;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    UUID id() {
        return id;
    }

    String centerId() {
        return centerId;
    }

    UUID caseId() {
        return caseId;
    }

    LocalDate onsetDate() {
        return onsetDate;
    }

    String ctcaeTerm() {
        return ctcaeTerm;
    }

    int gradeAtOnset() {
        return gradeAtOnset;
    }

    boolean reviewed() {
        return reviewedAt != null;
    }

    String reviewedBy() {
        return reviewedBy;
    }

    void review(int worstGrade, Attribution attribution, Boolean expectedSideEffect, AdverseEventOutcome outcome,
                String note, String reviewer, Instant at) {
        this.worstGrade = worstGrade;
        this.attribution = attribution;
        this.expectedSideEffect = expectedSideEffect;
        this.outcome = outcome;
        this.reviewNote = note;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
    }

    void recordFacts(Boolean solvedWithinProcedure, Boolean procedureSucceeded, Boolean additionalTherapy,
                     Integer additionalHospitalDays, Integer unplannedStayHours, Sequelae sequelae,
                     Sir2017Severity sir2017Severity) {
        this.solvedWithinProcedure = solvedWithinProcedure;
        this.procedureSucceeded = procedureSucceeded;
        this.additionalTherapy = additionalTherapy;
        this.additionalHospitalDays = additionalHospitalDays;
        this.unplannedStayHours = unplannedStayHours;
        this.sequelae = sequelae;
        this.sir2017Severity = sir2017Severity;
    }

    /** What the reporter knows besides term and grade (outcomes.md 4.13); attribution and outcome are confirmed at review. */
    void recordDetails(Attribution attribution, List<Intervention> interventions, Boolean hospitalized,
                       LocalDate admissionDate, LocalDate dischargeDate, AdverseEventOutcome outcome) {
        this.attribution = attribution;
        this.interventions = interventions == null || interventions.isEmpty() ? null
                : interventions.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        this.hospitalized = hospitalized;
        this.admissionDate = admissionDate;
        this.dischargeDate = dischargeDate;
        this.outcome = outcome;
    }

    List<Intervention> interventions() {
        return interventions == null || interventions.isBlank() ? List.of()
                : Arrays.stream(interventions.split(",")).map(Intervention::valueOf).toList();
    }

    /** The event as the safety rules read it. */
    SafetyFacts.AdverseEventFacts facts() {
        return new SafetyFacts.AdverseEventFacts(id.toString(), procedureSessionId == null ? null : procedureSessionId.toString(),
                onsetDate, ctcaeTerm, gradeAtOnset, worstGrade, interventions().stream().map(Enum::name).toList(),
                solvedWithinProcedure, procedureSucceeded, additionalTherapy, additionalHospitalDays, unplannedStayHours,
                admissionDate, dischargeDate,
                sequelae == null ? null : sequelae.name(), outcome == null ? null : outcome.name(), null,
                sir2017Severity == null ? null : sir2017Severity.name(), expectedSideEffect);
    }

    void classify(AeClassification c, String rulesVersion) {
        this.dayPostProcedure = c.dayPostProcedure();
        this.timingCategory = c.timingCategory();
        this.cirse2017Grade = c.cirse2017Grade();
        this.sir2003Class = c.sir2003Class();
        this.majorComplication = c.majorComplication();
        this.serious = c.serious();
        this.derivedExpectedSideEffect = c.expectedSideEffect();
        this.safetyRulesVersion = rulesVersion;
    }

    private AeClassification classification() {
        if (safetyRulesVersion == null) {
            return null;
        }
        return new AeClassification(id.toString(), ctcaeTerm, worstGrade != null ? worstGrade : gradeAtOnset, gradeAtOnset,
                worstGrade, dayPostProcedure, timingCategory,
                dayPostProcedure == null ? null : dayPostProcedure >= 0 && dayPostProcedure <= 10,
                Boolean.TRUE.equals(derivedExpectedSideEffect), cirse2017Grade, sir2003Class,
                sir2017Severity == null ? null : sir2017Severity.name(), Boolean.TRUE.equals(majorComplication),
                Boolean.TRUE.equals(serious), additionalHospitalDays);
    }

    AdverseEvent toRecord() {
        return new AdverseEvent(id, caseId, centerId, procedureSessionId, onsetDate, ctcaeVersion, ctcaeTermCode, ctcaeTerm,
                gradeAtOnset, description, reportedBy, reportedAt, worstGrade, attribution, expectedSideEffect, outcome,
                reviewNote, reviewedBy, reviewedAt, solvedWithinProcedure, procedureSucceeded, additionalTherapy,
                additionalHospitalDays, unplannedStayHours, sequelae, sir2017Severity, classification(), safetyRulesVersion,
                interventions(), hospitalized, admissionDate, dischargeDate);
    }
}
