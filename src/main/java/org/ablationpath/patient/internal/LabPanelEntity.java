package org.ablationpath.patient.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.ablationpath.platform.persistence.CreationStamped;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.patient.LabPanelRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Audited
@Table(name = "lab_panel")
class LabPanelEntity extends CreationStamped {
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
