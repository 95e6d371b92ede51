package org.ablationpath.followup.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.followup.ContactOutcome;
import org.ablationpath.platform.persistence.CreationStamped;
import org.hibernate.envers.Audited;

/** One attempt to reach the patient for a visit, answered or not (documents the tracing of END-03). */
@Entity
@Audited
@Table(name = "follow_up_contact_attempt")
class ContactAttemptEntity extends CreationStamped {
    @Id
    private UUID id;
    @Column(name = "visit_id")
    private UUID visitId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "attempt_date")
    private LocalDate attemptDate;
    @Enumerated(EnumType.STRING)
    private ContactOutcome outcome;
    @Column(name = "retry_date")
    private LocalDate retryDate;
    private String note;
    @Column(name = "task_id")
    private String taskId;

    protected ContactAttemptEntity() {
    }

    ContactAttemptEntity(UUID visitId, UUID caseId, String centerId, LocalDate attemptDate, ContactOutcome outcome,
                         LocalDate retryDate, String note, String taskId) {
        this.id = UUID.randomUUID();
        this.visitId = visitId;
        this.caseId = caseId;
        this.centerId = centerId;
        this.attemptDate = attemptDate;
        this.outcome = outcome;
        this.retryDate = retryDate;
        this.note = note;
        this.taskId = taskId;
    }

    ContactOutcome outcome() {
        return outcome;
    }

    LocalDate retryDate() {
        return retryDate;
    }

    LocalDate attemptDate() {
        return attemptDate;
    }
}
