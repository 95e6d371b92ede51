package org.ablationpath.board.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.ablationpath.board.AgendaItem;
import org.ablationpath.board.AgendaStatus;
import org.ablationpath.board.ReviewKind;
import org.ablationpath.platform.persistence.ChangeStamped;
import org.ablationpath.referral.CaseSummary;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "agenda_item")
class AgendaItemEntity extends ChangeStamped {
    @Id
    private UUID id;
    @Column(name = "meeting_id")
    private UUID meetingId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "task_id")
    private String taskId;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_kind")
    private ReviewKind reviewKind;
    private String urgency;
    @Column(name = "waiting_since")
    private Instant waitingSince;
    private int position;
    @Enumerated(EnumType.STRING)
    private AgendaStatus status;
    @Column(name = "added_reason")
    private String addedReason;
    @Column(name = "defer_reason")
    private String deferReason;
    @Column(name = "quorum_exception_reason")
    private String quorumExceptionReason;
    @Column(name = "quorum_exception_by")
    private String quorumExceptionBy;
    @Column(name = "decision_id")
    private UUID decisionId;

    protected AgendaItemEntity() {
    }

    AgendaItemEntity(UUID meetingId, String centerId, UUID caseId, String taskId, ReviewKind reviewKind, String urgency,
                     Instant waitingSince, int position, String addedReason) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.centerId = centerId;
        this.caseId = caseId;
        this.taskId = taskId;
        this.reviewKind = reviewKind;
        this.urgency = urgency;
        this.waitingSince = waitingSince;
        this.position = position;
        this.status = AgendaStatus.PENDING;
        this.addedReason = addedReason;
    }

    AgendaItem toRecord(CaseSummary kase) {
        return new AgendaItem(id, meetingId, caseId, taskId, kase == null ? null : kase.patientPseudonym(),
                kase == null ? null : kase.stage().name(), reviewKind, urgency, waitingSince, position, status, addedReason,
                deferReason, quorumExceptionReason, decisionId);
    }

    void moveTo(int position) {
        this.position = position;
    }

    void defer(String reason) {
        this.status = AgendaStatus.DEFERRED;
        this.deferReason = reason;
    }

    void exceptQuorum(String reason, String by) {
        this.quorumExceptionReason = reason;
        this.quorumExceptionBy = by;
    }

    void decided(UUID decisionId) {
        this.status = AgendaStatus.DECIDED;
        this.decisionId = decisionId;
    }

    UUID id() {
        return id;
    }

    UUID meetingId() {
        return meetingId;
    }

    UUID caseId() {
        return caseId;
    }

    String taskId() {
        return taskId;
    }

    String centerId() {
        return centerId;
    }

    int position() {
        return position;
    }

    AgendaStatus status() {
        return status;
    }

    UUID decisionId() {
        return decisionId;
    }

    String quorumExceptionReason() {
        return quorumExceptionReason;
    }
}
