package org.ablationpath.outcomes.exchange.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.platform.persistence.ChangeStamped;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** An imported case's follow-up block, kept beside the case the referral module stored (no pathway ran for it). */
@Entity
@Audited
@Table(name = "registry_case")
public class RegistryCaseEntity extends ChangeStamped {
    @Id
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "patient_id")
    private UUID patientId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "follow_up")
    private JsonNode followUp;
    @Column(name = "as_of_date")
    private LocalDate asOfDate;
    @Column(name = "evaluation_id")
    private UUID evaluationId;

    protected RegistryCaseEntity() {
    }

    public RegistryCaseEntity(UUID caseId, String centerId, UUID patientId, JsonNode followUp, LocalDate asOfDate,
                              UUID evaluationId) {
        this.caseId = caseId;
        this.centerId = centerId;
        this.patientId = patientId;
        this.followUp = followUp;
        this.asOfDate = asOfDate;
        this.evaluationId = evaluationId;
    }

    public UUID caseId() {
        return caseId;
    }

    public String centerId() {
        return centerId;
    }

    public UUID patientId() {
        return patientId;
    }

    public JsonNode followUp() {
        return followUp;
    }

    public LocalDate asOfDate() {
        return asOfDate;
    }

    public UUID evaluationId() {
        return evaluationId;
    }
}
