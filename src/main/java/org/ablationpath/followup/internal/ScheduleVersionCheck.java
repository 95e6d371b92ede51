package org.ablationpath.followup.internal;

import org.ablationpath.followup.FollowUpSchedule;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At start, planned visits of an earlier schedule version follow the configured one. */
@Component
class ScheduleVersionCheck {

    private final FollowUpSchedule schedule;

    ScheduleVersionCheck(FollowUpSchedule schedule) {
        this.schedule = schedule;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recomputeOutdatedVisits() {
        schedule.recomputeFutureVisits();
    }
}
