package org.ablationpath.followup.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.platform.persistence.ChangeStamped;
import org.hibernate.envers.Audited;

/**
 * The day-7 call a session asks for (STG-08, TMR-09: day 7 plus or minus the grace days), planned with the grid so
 * the nurse worklist lists it before the procedure episode opens its task.
 */
@Entity
@Audited
@Table(name = "day_seven_call_due")
class DaySevenCallDueEntity extends ChangeStamped {

    static final String PLANNED = "PLANNED";
    static final String DONE = "DONE";
    static final String CANCELLED = "CANCELLED";

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    private String organ;
    @Column(name = "session_date")
    private LocalDate sessionDate;
    @Column(name = "target_date")
    private LocalDate targetDate;
    @Column(name = "window_start")
    private LocalDate windowStart;
    @Column(name = "window_end")
    private LocalDate windowEnd;
    private String status;
    @Column(name = "assigned_to")
    private String assignedTo;

    protected DaySevenCallDueEntity() {
    }

    DaySevenCallDueEntity(UUID caseId, String centerId, String organ, LocalDate sessionDate, int callDay, int graceDays) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.organ = organ;
        this.sessionDate = sessionDate;
        this.targetDate = sessionDate.plusDays(callDay);
        this.windowStart = targetDate.minusDays(graceDays);
        this.windowEnd = targetDate.plusDays(graceDays);
        this.status = PLANNED;
    }

    void done() {
        status = DONE;
    }

    void cancel() {
        status = CANCELLED;
    }

    void assignTo(String username) {
        assignedTo = username;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    String centerId() {
        return centerId;
    }

    String status() {
        return status;
    }

    LocalDate sessionDate() {
        return sessionDate;
    }

    String assignedTo() {
        return assignedTo;
    }
}
