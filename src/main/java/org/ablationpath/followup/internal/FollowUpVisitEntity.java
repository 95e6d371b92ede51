package org.ablationpath.followup.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.ablationpath.followup.AnalgesicChange;
import org.ablationpath.followup.ContactType;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.PlannedVisit;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.VisitFinding;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.platform.persistence.ChangeStamped;
import org.hibernate.envers.Audited;

/** One grid point of a case (outcomes.md 4.12): planned from a schedule, then done, missed or cancelled. */
@Entity
@Audited
@Table(name = "follow_up_visit")
class FollowUpVisitEntity extends ChangeStamped {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "grid_id")
    private UUID gridId;
    private String organ;
    @Column(name = "schedule_id")
    private String scheduleId;
    @Column(name = "schedule_version")
    private String scheduleVersion;
    @Column(name = "grid_label")
    private String gridLabel;
    @Enumerated(EnumType.STRING)
    @Column(name = "point_kind")
    private PointKind pointKind;
    @Column(name = "anchor_date")
    private LocalDate anchorDate;
    @Column(name = "target_date")
    private LocalDate targetDate;
    @Column(name = "window_start")
    private LocalDate windowStart;
    @Column(name = "window_end")
    private LocalDate windowEnd;
    @Enumerated(EnumType.STRING)
    private VisitStatus status;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "actual_date")
    private LocalDate actualDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "visit_type")
    private ContactType visitType;
    private Integer ecog;
    @Enumerated(EnumType.STRING)
    private VisitFinding finding;
    @Column(name = "tumor_id")
    private String tumorId;
    @Column(name = "pain_nrs")
    private Integer painNrs;
    @Enumerated(EnumType.STRING)
    @Column(name = "analgesic_change")
    private AnalgesicChange analgesicChange;
    private String note;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "assigned_to")
    private String assignedTo;
    @Column(name = "retry_date")
    private LocalDate retryDate;
    @Column(name = "contact_attempts")
    private int contactAttempts;
    @Column(name = "miss_deviation_id")
    private UUID missDeviationId;
    @Column(name = "miss_explained_at")
    private Instant missExplainedAt;
    private String symptoms;
    @Column(name = "symptom_note")
    private String symptomNote;
    @Column(name = "met_without_contrast")
    private boolean metWithoutContrast;
    /** Planned by hand for an indication without a published schedule (pathway.md 7.4), not from a configured one. */
    @Column(name = "manually_planned")
    private boolean manuallyPlanned;

    protected FollowUpVisitEntity() {
    }

    FollowUpVisitEntity(UUID caseId, String centerId, UUID gridId, String organ, String scheduleId, String scheduleVersion,
                        LocalDate anchorDate, PlannedVisit point, PointKind kind) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.gridId = gridId;
        this.organ = organ;
        this.scheduleId = scheduleId;
        this.anchorDate = anchorDate;
        this.status = VisitStatus.PLANNED;
        place(scheduleVersion, point, kind);
    }

    /** A visit the operator planned by hand: a grid of its own, no schedule behind it (FollowUpSchedule.MANUAL_SCHEDULE). */
    static FollowUpVisitEntity manual(UUID caseId, String centerId, String organ, LocalDate decidedOn, PlannedVisit point) {
        FollowUpVisitEntity visit = new FollowUpVisitEntity(caseId, centerId, UUID.randomUUID(), organ,
                FollowUpSchedule.MANUAL_SCHEDULE, FollowUpSchedule.MANUAL_SCHEDULE,
                decidedOn, point, PointKind.VISIT);
        visit.manuallyPlanned = true;
        return visit;
    }

    boolean manuallyPlanned() {
        return manuallyPlanned;
    }

    /** FUP-01/02 under a (new) schedule version: the point's dates and kind. */
    private void place(String version, PlannedVisit point, PointKind kind) {
        this.scheduleVersion = version;
        this.gridLabel = point.label();
        this.pointKind = kind;
        this.targetDate = point.target();
        this.windowStart = point.windowStart();
        this.windowEnd = point.windowEnd();
        this.visitType = ContactType.valueOf(point.type());
    }

    /** Recomputed under another schedule version; true when the dates or the kind moved (not only the stamp). */
    boolean reschedule(String version, PlannedVisit point, PointKind kind) {
        boolean moved = !Objects.equals(targetDate, point.target()) || !Objects.equals(windowStart, point.windowStart())
                || !Objects.equals(windowEnd, point.windowEnd()) || pointKind != kind
                || visitType != ContactType.valueOf(point.type());
        place(version, point, kind);
        return moved;
    }

    void cancel(String reason) {
        status = VisitStatus.CANCELLED;
        statusReason = reason;
    }

    void markMissed(String reason) {
        status = VisitStatus.MISSED;
        statusReason = reason;
    }

    /** Met by a contact recorded elsewhere (response imaging, the day-7 call, another grid's visit), FUP-02. */
    void meetBy(LocalDate date, String reason, String username) {
        status = VisitStatus.DONE;
        actualDate = date;
        statusReason = reason;
        recordedBy = username;
    }

    /**
     * STG-09 needs contrast imaging: a response point met by a study without contrast stays marked until a contrast
     * study inside its window follows (ALR-11 when none does).
     */
    void markWithoutContrast() {
        metWithoutContrast = true;
    }

    /** A contrast study inside the window followed the imaging without contrast: the response point is fully met. */
    void contrastImagingOn(LocalDate studyDate) {
        metWithoutContrast = false;
        statusReason = statusReason + "; contrast imaging of " + studyDate;
    }

    boolean metWithoutContrast() {
        return metWithoutContrast;
    }

    /** The visit itself, recorded by its task (STG-10). */
    void record(LocalDate date, ContactType type, Integer ecog, VisitFinding finding, String tumorId, Integer painNrs,
                AnalgesicChange analgesicChange, String note, String taskId, String username) {
        this.status = VisitStatus.DONE;
        this.statusReason = null;
        this.actualDate = date;
        this.visitType = type;
        this.ecog = ecog;
        this.finding = finding;
        this.tumorId = tumorId;
        this.painNrs = painNrs;
        this.analgesicChange = analgesicChange;
        this.note = note;
        this.taskId = taskId;
        this.recordedBy = username;
    }

    /** The nurse who took the visit on the worklist. */
    void assignTo(String username) {
        assignedTo = username;
    }

    /** An unanswered call: the task stays open and the worklist shows the retry date. */
    void contactNotReached(LocalDate retry) {
        contactAttempts++;
        retryDate = retry;
    }

    /** The visit's contact succeeded: the symptoms asked (safety.md section 5). */
    void reached(String symptomCodes, String note) {
        contactAttempts++;
        retryDate = null;
        symptoms = symptomCodes;
        symptomNote = note;
    }

    /** FUP-04: the deviation recorded for the miss, whose reason task the worklist opens. */
    void missRecordedAs(UUID deviationId) {
        missDeviationId = deviationId;
    }

    /** The reason for the miss was recorded: the row leaves the worklist. */
    void missExplained(Instant at) {
        missExplainedAt = at;
    }

    boolean windowContains(LocalDate date) {
        return !date.isBefore(windowStart) && !date.isAfter(windowEnd);
    }

    ScheduledVisit toScheduledVisit() {
        return new ScheduledVisit(id, caseId, scheduleId, gridLabel, targetDate, windowStart, windowEnd, status);
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

    UUID gridId() {
        return gridId;
    }

    String organ() {
        return organ;
    }

    String scheduleId() {
        return scheduleId;
    }

    String scheduleVersion() {
        return scheduleVersion;
    }

    String gridLabel() {
        return gridLabel;
    }

    PointKind pointKind() {
        return pointKind;
    }

    LocalDate anchorDate() {
        return anchorDate;
    }

    LocalDate targetDate() {
        return targetDate;
    }

    LocalDate windowStart() {
        return windowStart;
    }

    LocalDate windowEnd() {
        return windowEnd;
    }

    VisitStatus status() {
        return status;
    }

    String statusReason() {
        return statusReason;
    }

    LocalDate actualDate() {
        return actualDate;
    }

    ContactType visitType() {
        return visitType;
    }

    Integer ecog() {
        return ecog;
    }

    VisitFinding finding() {
        return finding;
    }

    String tumorId() {
        return tumorId;
    }

    Integer painNrs() {
        return painNrs;
    }

    AnalgesicChange analgesicChange() {
        return analgesicChange;
    }

    String note() {
        return note;
    }

    String recordedBy() {
        return recordedBy;
    }

    String assignedTo() {
        return assignedTo;
    }

    LocalDate retryDate() {
        return retryDate;
    }

    int contactAttempts() {
        return contactAttempts;
    }

    UUID missDeviationId() {
        return missDeviationId;
    }

    Instant missExplainedAt() {
        return missExplainedAt;
    }

    String symptoms() {
        return symptoms;
    }
}
