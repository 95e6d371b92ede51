package org.ablationpath.followup.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.platform.persistence.CreationStamped;
import org.ablationpath.safety.AdverseEventOutcome;
import org.ablationpath.safety.Attribution;
import org.hibernate.envers.Audited;

/**
 * What the nurse recorded about an adverse event reported at a visit beyond the safety module's report: her view of
 * attribution, interventions, hospital stay and outcome (outcomes.md 4.13); the reviewer decides the final values.
 */
@Entity
@Audited
@Table(name = "follow_up_visit_adverse_event")
class VisitAdverseEventEntity extends CreationStamped {
    @Id
    private UUID id;
    @Column(name = "visit_id")
    private UUID visitId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "adverse_event_id")
    private UUID adverseEventId;
    @Enumerated(EnumType.STRING)
    private Attribution attribution;
    private String interventions;
    private boolean hospitalized;
    @Column(name = "admission_date")
    private LocalDate admissionDate;
    @Column(name = "discharge_date")
    private LocalDate dischargeDate;
    @Enumerated(EnumType.STRING)
    private AdverseEventOutcome outcome;

    protected VisitAdverseEventEntity() {
    }

    VisitAdverseEventEntity(UUID visitId, UUID caseId, String centerId, UUID adverseEventId, Attribution attribution,
                            String interventions, boolean hospitalized, LocalDate admissionDate, LocalDate dischargeDate,
                            AdverseEventOutcome outcome) {
        this.id = UUID.randomUUID();
        this.visitId = visitId;
        this.caseId = caseId;
        this.centerId = centerId;
        this.adverseEventId = adverseEventId;
        this.attribution = attribution;
        this.interventions = interventions;
        this.hospitalized = hospitalized;
        this.admissionDate = admissionDate;
        this.dischargeDate = dischargeDate;
        this.outcome = outcome;
    }

    UUID adverseEventId() {
        return adverseEventId;
    }

    boolean hospitalized() {
        return hospitalized;
    }
}
