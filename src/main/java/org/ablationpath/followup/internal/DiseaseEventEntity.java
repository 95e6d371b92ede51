package org.ablationpath.followup.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.followup.DiseaseEventType;
import org.ablationpath.platform.persistence.CreationStamped;
import org.hibernate.envers.Audited;

/** outcomes.md 4.14 DiseaseEvent, as found at a follow-up visit. */
@Entity
@Audited
@Table(name = "follow_up_disease_event")
class DiseaseEventEntity extends CreationStamped {

    /** DiseaseEvent.confirmation of an event seen on imaging at the visit. */
    static final String IMAGING = "IMAGING";

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "visit_id")
    private UUID visitId;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private DiseaseEventType eventType;
    @Column(name = "tumor_id")
    private String tumorId;
    @Column(name = "detection_date")
    private LocalDate detectionDate;
    @Column(name = "imaging_id")
    private String imagingId;
    private String confirmation;

    protected DiseaseEventEntity() {
    }

    DiseaseEventEntity(UUID caseId, String centerId, UUID visitId, DiseaseEventType eventType, String tumorId,
                       LocalDate detectionDate, String confirmation) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.visitId = visitId;
        this.eventType = eventType;
        this.tumorId = tumorId;
        this.detectionDate = detectionDate;
        this.confirmation = confirmation;
    }

    DiseaseEventType eventType() {
        return eventType;
    }

    String tumorId() {
        return tumorId;
    }

    LocalDate detectionDate() {
        return detectionDate;
    }

    String confirmation() {
        return confirmation;
    }

    UUID visitId() {
        return visitId;
    }
}
