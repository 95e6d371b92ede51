package org.ablationpath.patient.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.patient.LabPanelRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

@Entity
@Table(name = "lab_panel")
@EntityListeners(AuditingEntityListener.class)
class LabPanelEntity {
    @Id
    private UUID id;
    @Column(name = "patient_id")
    private UUID patientId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "collected_date")
    private LocalDate collectedDate;
    private String context;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lab_values")
    private JsonNode values;
    @CreatedDate
    @Column(name = "created_at")
    private Instant createdAt;
    @CreatedBy
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;

    protected LabPanelEntity() {
    }

    LabPanelEntity(UUID patientId, UUID caseId, LabPanelRecord panel) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.caseId = caseId;
        this.collectedDate = panel.collectedDate();
        this.context = panel.context();
        this.values = panel.values();
    }

    LabPanelRecord toRecord() {
        return new LabPanelRecord(collectedDate, context, values);
    }
}
