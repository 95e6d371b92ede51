package org.ablationpath.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.safety.AdverseEventClosure;
import org.hibernate.envers.Audited;

/** One session's 30-day adverse-event closure (TMR-10); one per session. */
@Entity
@Audited
@Table(name = "adverse_event_closure")
class AdverseEventClosureEntity {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "procedure_session_id")
    private UUID procedureSessionId;
    @Column(name = "session_date")
    private LocalDate sessionDate;
    @Column(name = "window_end")
    private LocalDate windowEnd;
    @Column(name = "adverse_event_count")
    private int adverseEventCount;
    private String note;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected AdverseEventClosureEntity() {
    }

    AdverseEventClosureEntity(UUID caseId, String centerId, UUID procedureSessionId, LocalDate sessionDate,
                              LocalDate windowEnd, int adverseEventCount, String note, String taskId, String closedBy,
                              Instant closedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.procedureSessionId = procedureSessionId;
        this.sessionDate = sessionDate;
        this.windowEnd = windowEnd;
        this.adverseEventCount = adverseEventCount;
        this.note = note;
        this.taskId = taskId;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    AdverseEventClosure toRecord() {
        return new AdverseEventClosure(id, caseId, procedureSessionId, sessionDate, windowEnd, adverseEventCount, note,
                closedBy, closedAt);
    }
}
