package org.ablationpath.board.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ablationpath.board.PlannedModality;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.DecisionCode;
import org.ablationpath.board.Intent;

@Entity
@Audited
@Table(name = "board_decision")
class BoardDecisionEntity {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "evaluation_id")
    private UUID evaluationId;
    @Column(name = "recommended_status")
    private String recommendedStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_code")
    private DecisionCode decisionCode;
    @Enumerated(EnumType.STRING)
    private Intent intent;
    private String rationale;
    @Column(name = "override_reason")
    private String overrideReason;
    private boolean concordant;
    @Column(name = "rules_version")
    private String rulesVersion;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "re_ablation_pre_authorised")
    private Boolean reAblationPreAuthorised;
    @Column(name = "meeting_id")
    private UUID meetingId;
    private String attendees;
    private Boolean quorate;
    private boolean provisional;
    @Column(name = "quorum_exception_reason")
    private String quorumExceptionReason;
    @Column(name = "trial_arm_ablation")
    private Boolean trialArmAblation;
    @Column(name = "target_lesions")
    private String targetLesions;
    @Enumerated(EnumType.STRING)
    @Column(name = "planned_modality")
    private PlannedModality plannedModality;
    @Version
    private long version;

    protected BoardDecisionEntity() {
    }

    BoardDecisionEntity(UUID caseId, String centerId, String taskId, UUID evaluationId, String recommendedStatus,
                        String rulesVersion, DecisionCode decisionCode, Intent intent, String rationale,
                        String overrideReason, boolean concordant, Boolean reAblationPreAuthorised, String decidedBy) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.taskId = taskId;
        this.evaluationId = evaluationId;
        this.recommendedStatus = recommendedStatus;
        this.rulesVersion = rulesVersion;
        this.decisionCode = decisionCode;
        this.intent = intent;
        this.rationale = rationale;
        this.overrideReason = overrideReason;
        this.concordant = concordant;
        this.reAblationPreAuthorised = reAblationPreAuthorised;
        this.decidedBy = decidedBy;
        this.decidedAt = Instant.now();
    }

    /** The meeting the decision was taken in, who was present, and the quorum (pathway.md 6.1). */
    void takenInMeeting(UUID meetingId, String attendees, boolean quorate, String quorumExceptionReason) {
        this.meetingId = meetingId;
        this.attendees = attendees;
        this.quorate = quorate;
        this.provisional = !quorate;
        this.quorumExceptionReason = quorate ? null : quorumExceptionReason;
    }

    void plan(List<String> targetLesions, PlannedModality plannedModality) {
        this.targetLesions = targetLesions == null || targetLesions.isEmpty() ? null : String.join(",", targetLesions);
        this.plannedModality = plannedModality;
    }

    void trialArm(Boolean trialArmAblation) {
        this.trialArmAblation = trialArmAblation;
    }

    BoardDecision toDecision() {
        return new BoardDecision(id, caseId, decisionCode, intent, rationale, overrideReason, recommendedStatus, concordant,
                evaluationId, rulesVersion, decidedBy, decidedAt, reAblationPreAuthorised, meetingId, attendees, quorate,
                provisional, quorumExceptionReason,
                targetLesions == null ? List.of() : List.of(targetLesions.split(",")), plannedModality, trialArmAblation);
    }

    UUID meetingId() {
        return meetingId;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    DecisionCode decisionCode() {
        return decisionCode;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
