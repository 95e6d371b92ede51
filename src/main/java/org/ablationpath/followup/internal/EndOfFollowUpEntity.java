package org.ablationpath.followup.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.EndReason;
import org.ablationpath.platform.persistence.CreationStamped;
import org.hibernate.envers.Audited;

/** outcomes.md 4.14 EndOfFollowUp: one per case. */
@Entity
@Audited
@Table(name = "end_of_follow_up")
class EndOfFollowUpEntity extends CreationStamped {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Enumerated(EnumType.STRING)
    private EndReason reason;
    @Column(name = "end_date")
    private LocalDate endDate;
    private String details;

    protected EndOfFollowUpEntity() {
    }

    EndOfFollowUpEntity(UUID caseId, String centerId, EndReason reason, LocalDate endDate, String details) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.reason = reason;
        this.endDate = endDate;
        this.details = details;
    }

    EndOfFollowUp.EndRecord toRecord() {
        return new EndOfFollowUp.EndRecord(caseId, reason, endDate, details, createdBy());
    }
}
