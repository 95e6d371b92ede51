package org.ablationpath.followup.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.VitalStatus;
import org.ablationpath.platform.persistence.CreationStamped;
import org.hibernate.envers.Audited;

/** outcomes.md 4.14 VitalStatus: from the yearly check (with its task) or a reported death (without). */
@Entity
@Audited
@Table(name = "vital_status")
class VitalStatusEntity extends CreationStamped {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "task_id")
    private String taskId;
    @Enumerated(EnumType.STRING)
    private VitalStatus status;
    @Column(name = "last_contact_date")
    private LocalDate lastContactDate;
    @Column(name = "death_date")
    private LocalDate deathDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "cause_of_death")
    private CauseOfDeath causeOfDeath;

    protected VitalStatusEntity() {
    }

    VitalStatusEntity(UUID caseId, String centerId, String taskId, VitalStatus status, LocalDate lastContactDate,
                      LocalDate deathDate, CauseOfDeath causeOfDeath) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.taskId = taskId;
        this.status = status;
        this.lastContactDate = lastContactDate;
        this.deathDate = deathDate;
        this.causeOfDeath = causeOfDeath;
    }

    VitalStatus status() {
        return status;
    }

    LocalDate lastContactDate() {
        return lastContactDate;
    }

    LocalDate deathDate() {
        return deathDate;
    }

    CauseOfDeath causeOfDeath() {
        return causeOfDeath;
    }
}
