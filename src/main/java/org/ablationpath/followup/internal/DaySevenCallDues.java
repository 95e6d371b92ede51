package org.ablationpath.followup.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The planned day-7 calls (TMR-09), kept beside the grid: one per session, replaced by a newer session's, done when
 * the call is recorded, cancelled with the follow-up. Same day and grace as the pathway's day-7 timer.
 */
@Component
class DaySevenCallDues {

    private final DaySevenCallDueRepository dues;
    private final int callDay;
    private final int graceDays;

    DaySevenCallDues(DaySevenCallDueRepository dues, @Value("${ablationpath.pathway.day7-call-day}") int callDay,
                     @Value("${ablationpath.pathway.day7-call-grace-days}") int graceDays) {
        this.dues = dues;
        this.callDay = callDay;
        this.graceDays = graceDays;
    }

    void planAfterSession(UUID caseId, String centerId, String organ, LocalDate sessionDate) {
        cancelOpen(caseId);
        dues.save(new DaySevenCallDueEntity(caseId, centerId, organ, sessionDate, callDay, graceDays));
    }

    /** The latest session's open call was made (reached or not: the call task is done either way). */
    void callMade(UUID caseId) {
        dues.findByCaseIdAndStatusOrderBySessionDateDesc(caseId, DaySevenCallDueEntity.PLANNED).stream().findFirst()
                .ifPresent(DaySevenCallDueEntity::done);
    }

    void cancelOpen(UUID caseId) {
        dues.findByCaseIdAndStatusOrderBySessionDateDesc(caseId, DaySevenCallDueEntity.PLANNED)
                .forEach(DaySevenCallDueEntity::cancel);
    }
}
