package org.ablationpath.patient.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.ablationpath.platform.persistence.CreationStamped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.ablationpath.platform.persistence.JsonContent;
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
    @Column(name = "voided_at")
    private Instant voidedAt;
    @Column(name = "voided_by")
    private String voidedBy;
    @Column(name = "void_reason")
    private String voidReason;

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

    String tumorKey() {
        return tumorKey;
    }

    boolean voided() {
        return voidedAt != null;
    }

    /** Takes the work-up's values; unchanged values are left alone so that they make no audit revision. */
    void revise(LesionRecord lesion) {
        if (!lesion.organ().equals(organ)) {
            organ = lesion.organ();
        }
        if (!lesion.histology().equals(histology)) {
            histology = lesion.histology();
        }
        if (lesion.maxDiameterMm().compareTo(maxDiameterMm) != 0) {
            maxDiameterMm = lesion.maxDiameterMm();
        }
        if (!JsonContent.same(lesion.details(), details)) {
            details = lesion.details();
        }
        voidedAt = null;
        voidedBy = null;
        voidReason = null;
    }

    void voidWithReason(String username, String reason, Instant at) {
        voidedAt = at;
        voidedBy = username;
        voidReason = reason;
    }

    UUID caseId() {
        return caseId;
    }

    LesionRecord toRecord() {
        return new LesionRecord(tumorKey, organ, histology, maxDiameterMm, details);
    }
}
