package org.ablationpath.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.platform.persistence.CreationStamped;
import org.ablationpath.safety.MortalityReview;
import org.ablationpath.safety.MortalityReviewForm;
import org.hibernate.envers.Audited;

/** One morbidity and mortality review (TMR-11) of an ALR-01 alert; recorded once, never changed. */
@Entity
@Audited
@Table(name = "mortality_review")
class MortalityReviewEntity extends CreationStamped {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "alert_id")
    private UUID alertId;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "review_date")
    private LocalDate reviewDate;
    @Column(name = "procedure_related")
    private boolean procedureRelated;
    private String summary;
    private String actions;

    protected MortalityReviewEntity() {
    }

    MortalityReviewEntity(UUID caseId, String centerId, UUID alertId, String taskId, MortalityReviewForm form) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.alertId = alertId;
        this.taskId = taskId;
        this.reviewDate = form.getReviewDate();
        this.procedureRelated = form.getProcedureRelated();
        this.summary = form.getSummary().strip();
        this.actions = form.getActions() == null || form.getActions().isBlank() ? null : form.getActions().strip();
    }

    MortalityReview toRecord() {
        return new MortalityReview(id, caseId, alertId, reviewDate, procedureRelated, summary, actions, createdBy(),
                createdAt());
    }
}
