package org.ablationpath.followup.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.followup.FollowUpSchedules;

/** Lets the module's public planner use the schedule choice without making the choice itself public. */
public final class ScheduleChoiceAccess {

    private final ScheduleChoice choice;

    public ScheduleChoiceAccess(FollowUpSchedules config) {
        this.choice = new ScheduleChoice(config);
    }

    public Map<String, Optional<String>> schedulesByOrgan(List<TumorData> tumors) {
        return choice.schedulesByOrgan(tumors);
    }
}
