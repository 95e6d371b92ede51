package org.ablationpath.patient.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.ablationpath.patient.LesionRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

@Entity
@Table(name = "lesion")
@EntityListeners(AuditingEntityListener.class)
class LesionEntity {
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
    @CreatedDate
    @Column(name = "created_at")
    private Instant createdAt;
    @CreatedBy
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;

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
