package org.ablationpath.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored follow-up grid of each case (pathway.md section 7): planned, done, missed and cancelled visits. */
public interface FollowUpSchedule {

    /** The schedule id of a visit planned by hand (no configured schedule, pathway.md 7.4). */
    String MANUAL_SCHEDULE = "MANUAL";

    /**
     * FUP-01: (re)anchors on this session the grids of the organs of the tumours it treated; each organ keeps its own
     * grid, so the planned visits of the other organs' grids stay. Planned visits of a re-anchored grid are cancelled;
     * visits already done stay. Treated tumour ids that name no tumour of the case cannot narrow the organs: then every
     * organ of the case is re-anchored (as for a session of all its tumours).
     */
    void planAfterSession(UUID caseId, LocalDate sessionDate, Collection<String> treatedTumorIds);

    /** FUP-01 for a session that treated every tumour of the case. */
    void planAfterSession(UUID caseId, LocalDate sessionDate);

    /**
     * The response imaging point (month 1, TMR-12) of the grids anchored on this session, the earliest if several
     * organs were treated; empty when no grid anchored on it has one.
     */
    Optional<ScheduledVisit> responseVisit(UUID caseId, LocalDate sessionDate);

    /**
     * The response imaging (with contrast) of the latest session was done on this date: it meets the grid point whose
     * window contains the date (FUP-02, pathway.md 7.3), the response point (M1) only inside its window.
     */
    void recordResponseImaging(UUID caseId, LocalDate studyDate);

    /**
     * FUP-02 and STG-09: the response imaging of the latest session was done on this date, with or without contrast.
     * It counts for the grid point whose window contains it (pathway.md 7.3): the planned response points only when the
     * date is inside their window (day 21 to 56 on the liver schedule); a date outside it meets a later planned visit
     * whose window contains it (e.g. M3), if any. Met without contrast, response points are marked so; a later contrast
     * study inside the window of a marked point clears the mark.
     *
     * @return the response points the pathway watches until their window closes (ALR-11, FUP-03): those this study met
     *         without contrast, and those still open that it could not meet because it predates their window
     */
    List<ScheduledVisit> recordResponseImaging(UUID caseId, LocalDate studyDate, boolean contrast);

    /**
     * ALR-11 (FUP-03): the windows of these watched response points closed without a contrast study inside them;
     * publishes {@link org.ablationpath.safety.FollowUpWindowClosed} for each point still marked as met without
     * contrast (marked without contrast) and for each still planned (no imaging inside the window).
     */
    void responseWindowClosedWithoutContrast(List<UUID> visitIds);

    /**
     * FUP-03: the response window of the latest session closed without the response imaging; publishes
     * {@link org.ablationpath.safety.FollowUpWindowClosed} for its response points (ALR-11, or ALR-10 on the schedules
     * FUP-03 does not cover). The points stay planned: a study dated inside the window and recorded late still meets them.
     */
    void responseWindowClosed(UUID caseId);

    /** FUP-06: after the response assessment, switches the liver grid to FUP-LIV-02 when the high-risk condition holds. */
    void reviewRiskAfterResponse(UUID caseId);

    /**
     * The next planned visit the surveillance loop waits for: the earliest PLANNED visit other than the day-7 call
     * and the response visit (those belong to the procedure episode), if the schedule has one left.
     */
    Optional<ScheduledVisit> nextPlannedVisit(UUID caseId);

    /**
     * The organs of the case's tumours that no configured schedule covers (pathway.md 7.4), with their histologies:
     * organ OTHER, a thyroid nodule that is neither benign nor recurrent PTC, … Their follow-up cannot be "completed"
     * (END-04): when no visit is left, the operator decides it.
     */
    List<UnscheduledIndication> indicationsWithoutSchedule(UUID caseId);

    /**
     * One visit planned by hand for an indication without a published schedule: stored as a PLANNED visit of the case,
     * flagged as manually planned (schedule {@link #MANUAL_SCHEDULE}), and so the next visit {@link #nextPlannedVisit}
     * returns. The caller has checked the dates (window containing the target, target not in the past).
     */
    ScheduledVisit planManualVisit(UUID caseId, String organ, LocalDate windowStart, LocalDate target, LocalDate windowEnd);

    Optional<ScheduledVisit> visit(UUID visitId);

    List<ScheduledVisit> visits(UUID caseId);

    /**
     * FUP-04: the window closed without a visit; publishes {@link org.ablationpath.safety.FollowUpWindowClosed} (ALR-10).
     * True when this is the second consecutive miss (lost-to-follow-up risk).
     */
    boolean recordMissed(UUID visitId);

    /** FUP-04: the deviation recorded for a missed visit; the nurse worklist opens its reason task. */
    void missRecordedAs(UUID visitId, UUID deviationId);

    /** FUP-04: the reason for the missed visit was recorded; the visit leaves the nurse worklist. */
    void missExplained(UUID visitId);

    /** FUP-05: no visit after death or end of follow-up. */
    void cancelPlannedVisits(UUID caseId, String reason);

    /**
     * A new schedule version: every PLANNED visit stamped with another version is recomputed from its anchor under
     * the configured schedules (DONE and MISSED visits stay), and {@link FollowUpScheduleChanged} is published for
     * each case whose planned visits moved, appeared or were cancelled. Runs at application start.
     *
     * @return the number of cases whose planned visits changed
     */
    int recomputeFutureVisits();
}
