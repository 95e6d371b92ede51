package org.ablationpath.referral.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.ablationpath.platform.persistence.ChangeStamped;
import org.ablationpath.platform.persistence.JsonContent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.referral.CaseStage;
import org.ablationpath.referral.ReferralDetails;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Audited
@Table(name = "clinical_case")
class CaseEntity extends ChangeStamped {
    @Id
    private UUID id;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "patient_id")
    private UUID patientId;
    @Enumerated(EnumType.STRING)
    private CaseStage stage;
    @Column(name = "referral_date")
    private LocalDate referralDate;
    @Column(name = "referral_source")
    private String referralSource;
    private String urgency;
    private String question;
    @Column(name = "referring_physician")
    private String referringPhysician;
    @Column(name = "rule_profile")
    private String ruleProfile;
    @Column(name = "planned_modality")
    private String plannedModality;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "disease_status")
    private JsonNode diseaseStatus;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "case_dates")
    private JsonNode caseDates;
    @Column(name = "decision_code")
    private String decisionCode;
    @Column(name = "voided_at")
    private Instant voidedAt;
    @Column(name = "voided_by")
    private String voidedBy;
    @Column(name = "void_reason")
    private String voidReason;
    /** Why the case data was last revised in the work-up; each revision is a version of this row. */
    @Column(name = "revision_note")
    private String revisionNote;
    /** ALR-16: trial or registry enrolment with its expedited-reporting rule (V21). */
    @Column(name = "enrolled_study")
    private String enrolledStudy;
    @Column(name = "expedited_reporting")
    private boolean expeditedReporting;
    @Column(name = "report_within_hours")
    private int reportWithinHours = org.ablationpath.referral.CaseEnrolment.DEFAULT_REPORT_WITHIN_HOURS;

    protected CaseEntity() {
    }

    CaseEntity(String centerId, UUID patientId, LocalDate referralDate, ReferralDetails details, String referringPhysician,
               String ruleProfile, String plannedModality, JsonNode diseaseStatus, JsonNode caseDates) {
        this.id = UUID.randomUUID();
        this.centerId = centerId;
        this.patientId = patientId;
        this.stage = CaseStage.REFERRAL;
        this.referralDate = referralDate;
        this.referralSource = details.source();
        this.urgency = details.urgency();
        this.question = details.question();
        this.referringPhysician = referringPhysician;
        this.ruleProfile = ruleProfile;
        this.plannedModality = plannedModality;
        this.diseaseStatus = diseaseStatus;
        this.caseDates = caseDates;
    }

    UUID id() {
        return id;
    }

    String centerId() {
        return centerId;
    }

    UUID patientId() {
        return patientId;
    }

    CaseStage stage() {
        return stage;
    }

    LocalDate referralDate() {
        return referralDate;
    }

    String urgency() {
        return urgency;
    }

    String question() {
        return question;
    }

    String ruleProfile() {
        return ruleProfile;
    }

    String plannedModality() {
        return plannedModality;
    }

    JsonNode diseaseStatus() {
        return diseaseStatus;
    }

    JsonNode caseDates() {
        return caseDates;
    }

    String decisionCode() {
        return decisionCode;
    }

    boolean voided() {
        return voidedAt != null;
    }

    String voidReason() {
        return voidReason;
    }

    org.ablationpath.referral.CaseEnrolment enrolment() {
        return new org.ablationpath.referral.CaseEnrolment(enrolledStudy, expeditedReporting, reportWithinHours);
    }

    void enrol(org.ablationpath.referral.CaseEnrolment enrolment) {
        this.enrolledStudy = enrolment.enrolled();
        this.expeditedReporting = enrolment.expeditedReporting();
        this.reportWithinHours = enrolment.reportWithinHours();
    }

    void voidWithReason(String username, String reason) {
        this.voidedAt = Instant.now();
        this.voidedBy = username;
        this.voidReason = reason;
    }

    /** The work-up's data; unchanged values are left alone so that they make no audit revision. */
    void reviseData(String plannedModality, JsonNode diseaseStatus, JsonNode caseDates, String note) {
        if (!java.util.Objects.equals(plannedModality, this.plannedModality)) {
            this.plannedModality = plannedModality;
        }
        if (!JsonContent.same(diseaseStatus, this.diseaseStatus)) {
            this.diseaseStatus = diseaseStatus;
        }
        if (!JsonContent.same(caseDates, this.caseDates)) {
            this.caseDates = caseDates;
        }
        this.revisionNote = note;
    }

    void moveTo(CaseStage next) {
        this.stage = next;
    }

    void recordDecision(String code, CaseStage next) {
        this.decisionCode = code;
        this.stage = next;
    }
}
