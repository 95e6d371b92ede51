package org.ablationpath.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.platform.persistence.ChangeStamped;
import org.ablationpath.safety.AdverseEvent;
import org.ablationpath.safety.AdverseEventOutcome;
import org.ablationpath.safety.Attribution;
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

    UUID caseId() {
        return caseId;
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

    AdverseEvent toRecord() {
        return new AdverseEvent(id, caseId, centerId, procedureSessionId, onsetDate, ctcaeVersion, ctcaeTermCode, ctcaeTerm,
                gradeAtOnset, description, reportedBy, reportedAt, worstGrade, attribution, expectedSideEffect, outcome,
                reviewNote, reviewedBy, reviewedAt);
    }
}
