package org.ablationpath.eligibility.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.eligibility.StoredEvaluation;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Append-only: an evaluation is a fact about what the rules said at that time. */
@Entity
@Immutable
@Table(name = "rule_evaluation")
class StoredEvaluationEntity {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "evaluation_date")
    private LocalDate evaluationDate;
    @Column(name = "evaluated_at")
    private Instant evaluatedAt;
    @Column(name = "rules_version")
    private String rulesVersion;
    @Column(name = "rule_profile")
    private String ruleProfile;
    @Column(name = "final_status")
    private String finalStatus;
    private boolean correctable;
    private String trigger;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "inputs_snapshot")
    private JsonNode inputsSnapshot;
    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode result;

    protected StoredEvaluationEntity() {
    }

    StoredEvaluationEntity(UUID caseId, LocalDate evaluationDate, String rulesVersion, String ruleProfile, String finalStatus,
                           boolean correctable, String trigger, JsonNode inputsSnapshot, JsonNode result) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.evaluationDate = evaluationDate;
        this.evaluatedAt = Instant.now();
        this.rulesVersion = rulesVersion;
        this.ruleProfile = ruleProfile;
        this.finalStatus = finalStatus;
        this.correctable = correctable;
        this.trigger = trigger;
        this.inputsSnapshot = inputsSnapshot;
        this.result = result;
    }

    StoredEvaluation toRecord() {
        return new StoredEvaluation(id, caseId, evaluatedAt, evaluationDate, rulesVersion, ruleProfile, finalStatus, correctable,
                trigger, result);
    }
}
