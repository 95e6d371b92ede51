package org.ablationpath.pathway.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.ablationpath.platform.persistence.CreationStamped;
import org.hibernate.envers.Audited;

/** One retry of a failed job of a case, with who asked for it and when (the incident itself is the engine's). */
@Entity
@Audited
@Table(name = "pathway_incident_retry")
class IncidentRetryEntity extends CreationStamped {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "incident_id")
    private String incidentId;
    @Column(name = "job_id")
    private String jobId;
    @Column(name = "activity_id")
    private String activityId;

    protected IncidentRetryEntity() {
    }

    IncidentRetryEntity(UUID caseId, String centerId, String incidentId, String jobId, String activityId) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.incidentId = incidentId;
        this.jobId = jobId;
        this.activityId = activityId;
    }
}
