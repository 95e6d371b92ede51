package org.ablationpath.followup;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The configured schedules (followup-schedules.yml), bound once at start. */
@ConfigurationProperties("ablationpath.followup")
public record FollowUpSchedules(String version, int responseVisitDays, int responseWindowFirstDay, int responseWindowLastDay,
                                List<Window> windows, Map<String, Schedule> schedules) {

    /** FUP-02: windows by the interval (in months) to the previous grid point. */
    public record Window(int maxIntervalMonths, int halfWidthDays) {
    }

    /** One organ schedule of pathway.md 7.4. {@code thenEveryMonths} null: no repetition after the listed months. */
    public record Schedule(String description, List<Integer> months, Integer thenEveryMonths, int durationMonths,
                           Integer phoneCallDay, String source, String evidence) {
    }
}
