package org.ablationpath.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored follow-up grid of each case (pathway.md section 7): planned, done, missed and cancelled visits. */
public interface FollowUpSchedule {

    /**
     * FUP-01: (re)anchors the grid of the case's treated organ(s) on this session. Planned visits of the previous
     * grid are cancelled; visits already done stay.
     */
    void planAfterSession(UUID caseId, LocalDate sessionDate);

    /** The next planned surveillance visit after the response visit, if the schedule has one left. */
    Optional<ScheduledVisit> nextPlannedVisit(UUID caseId);

    Optional<ScheduledVisit> visit(UUID visitId);

    List<ScheduledVisit> visits(UUID caseId);

    /** FUP-04: the window closed without a visit. True when this is the second consecutive miss (lost-to-follow-up risk). */
    boolean recordMissed(UUID visitId);

    /** FUP-05: no visit after death or end of follow-up. */
    void cancelPlannedVisits(UUID caseId, String reason);
}
