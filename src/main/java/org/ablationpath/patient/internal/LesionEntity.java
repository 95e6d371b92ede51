package org.ablationpath.patient.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.ablationpath.platform.persistence.CreationStamped;
import java.math.BigDecimal;
import java.util.UUID;
import org.ablationpath.patient.LesionRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Audited
@Table(name = "lesion")
class LesionEntity extends CreationStamped {
    @Id
    private UUID id;
    @Column(name = "patient_id")
    private UUID patientId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "tumor_key")
    private String tumorKey;
    private String organ;
    private String histology;
    @Column(name = "max_diameter_mm")
    private BigDecimal maxDiameterMm;
    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode details;

    protected LesionEntity() {
    }

    LesionEntity(UUID patientId, UUID caseId, LesionRecord lesion) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.caseId = caseId;
        this.tumorKey = lesion.tumorKey();
        this.organ = lesion.organ();
        this.histology = lesion.histology();
        this.maxDiameterMm = lesion.maxDiameterMm();
        this.details = lesion.details();
    }

    LesionRecord toRecord() {
        return new LesionRecord(tumorKey, organ, histology, maxDiameterMm, details);
    }
}
