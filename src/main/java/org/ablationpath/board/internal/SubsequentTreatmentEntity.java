package org.ablationpath.board.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.board.DecisionCode;
import org.ablationpath.board.SubsequentTreatment;
import org.ablationpath.platform.persistence.CreationStamped;
import org.hibernate.envers.Audited;

/** One follow-through answer for a board decision; recorded once per task, never edited. */
@Entity
@Audited
@Table(name = "subsequent_treatment")
class SubsequentTreatmentEntity extends CreationStamped {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "treatment_started")
    private boolean treatmentStarted;
    @Enumerated(EnumType.STRING)
    @Column(name = "treatment_type")
    private DecisionCode treatmentType;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "reason_code")
    private String reasonCode;
    private String note;

    protected SubsequentTreatmentEntity() {
    }

    SubsequentTreatmentEntity(UUID caseId, String centerId, UUID decisionId, String taskId, boolean treatmentStarted,
                              DecisionCode treatmentType, LocalDate startDate, String reasonCode, String note) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.decisionId = decisionId;
        this.taskId = taskId;
        this.treatmentStarted = treatmentStarted;
        this.treatmentType = treatmentType;
        this.startDate = startDate;
        this.reasonCode = reasonCode;
        this.note = note;
    }

    SubsequentTreatment toRecord() {
        return new SubsequentTreatment(id, caseId, decisionId, treatmentStarted, treatmentType, startDate, reasonCode, note,
                createdBy(), createdAt());
    }
}
