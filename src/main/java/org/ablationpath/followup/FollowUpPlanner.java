package org.ablationpath.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Computes the visit grid of a schedule from the anchoring session (FUP-01) with the windows of FUP-02. Pure
 * calculation on the configured schedules, so the pathway, the worklist and the case evaluation agree.
 */
@Service
@EnableConfigurationProperties(FollowUpSchedules.class)
public class FollowUpPlanner {

    /** TMR-09 "day 7 ± 2" as shipped (application.yml ablationpath.pathway.day7-call-grace-days). */
    public static final int DEFAULT_PHONE_CALL_GRACE_DAYS = 2;

    private final FollowUpSchedules config;
    private final int phoneCallGraceDays;

    /** With TMR-09's window as configured for the pathway's day-7 call task, so the grid and the task agree. */
    @org.springframework.beans.factory.annotation.Autowired
    public FollowUpPlanner(FollowUpSchedules config,
                           @org.springframework.beans.factory.annotation.Value("${ablationpath.pathway.day7-call-grace-days}") int phoneCallGraceDays) {
        this.config = config;
        this.phoneCallGraceDays = phoneCallGraceDays;
    }

    public FollowUpPlanner(FollowUpSchedules config) {
        this(config, DEFAULT_PHONE_CALL_GRACE_DAYS);
    }

    public Set<String> scheduleIds() {
        return config.schedules().keySet();
    }

    /** The configured version of the schedules, stamped on every planned visit. */
    public String version() {
        return config.version();
    }

    public FollowUpSchedules.Schedule schedule(String scheduleId) {
        FollowUpSchedules.Schedule schedule = config.schedules().get(scheduleId);
        if (schedule == null) {
            throw new IllegalArgumentException("Unknown follow-up schedule " + scheduleId);
        }
        return schedule;
    }

    /** FUP-03: the label of the schedule's response imaging point ({@code M1}, or {@code M3} for a kidney set so). */
    public Optional<String> responseVisitLabel(String scheduleId) {
        FollowUpSchedules.Schedule schedule = schedule(scheduleId);
        return schedule.hasResponseImaging() ? Optional.of("M" + schedule.responseMonth()) : Optional.empty();
    }

    /**
     * The schedule each treated organ of these tumours follows (pathway.md 7.2, 7.4: by histology, else the organ's,
     * the high-risk one when its baseline condition holds), in the order the organs first appear; empty when none.
     */
    public java.util.Map<String, Optional<String>> schedulesByOrgan(List<org.ablationpath.eligibility.TumorData> tumors) {
        return new org.ablationpath.followup.internal.ScheduleChoiceAccess(config).schedulesByOrgan(tumors);
    }

    public FollowUpPlan plan(String scheduleId, LocalDate session) {
        FollowUpSchedules.Schedule schedule = schedule(scheduleId);
        List<PlannedVisit> visits = new ArrayList<>();
        if (schedule.phoneCallDay() != null) {
            LocalDate call = session.plusDays(schedule.phoneCallDay());
            visits.add(new PlannedVisit("D" + schedule.phoneCallDay(), call, call.minusDays(phoneCallGraceDays),
                    call.plusDays(phoneCallGraceDays), "PHONE"));
        }
        int previous = 0;
        for (int month : gridMonths(schedule)) {
            visits.add(visit(schedule, session, month, month - previous));
            previous = month;
        }
        return new FollowUpPlan(scheduleId, config.version(), session, List.copyOf(visits));
    }

    private static List<Integer> gridMonths(FollowUpSchedules.Schedule schedule) {
        // a response point later than month 1 (kidneyResponseVisitMonth=3) replaces the earlier points
        List<Integer> listed = schedule.months() == null ? List.of() : schedule.months();
        List<Integer> months = new ArrayList<>(listed.stream().filter(m -> m >= schedule.responseMonth()).toList());
        if (schedule.thenEveryMonths() != null && schedule.durationMonths() != null && !months.isEmpty()) {
            for (int m = months.get(months.size() - 1) + schedule.thenEveryMonths(); m <= schedule.durationMonths();
                 m += schedule.thenEveryMonths()) {
                months.add(m);
            }
        }
        return months;
    }

    private PlannedVisit visit(FollowUpSchedules.Schedule schedule, LocalDate session, int month, int intervalMonths) {
        if (month == 1) {
            // the response visit: day 30, counted from day 21 to day 56 (TMR-12) unless the schedule sets its own
            int first = schedule.responseWindowFirstDay() == null ? config.responseWindowFirstDay() : schedule.responseWindowFirstDay();
            int last = schedule.responseWindowLastDay() == null ? config.responseWindowLastDay() : schedule.responseWindowLastDay();
            return new PlannedVisit("M1", session.plusDays(config.responseVisitDays()),
                    session.plusDays(first), session.plusDays(last), "CLINIC");
        }
        // plusMonths keeps the day of month, or takes the month's last day when it has no such day (FUP-01)
        LocalDate target = session.plusMonths(month);
        int halfWidth = halfWidthDays(intervalMonths);
        return new PlannedVisit("M" + month, target, target.minusDays(halfWidth), target.plusDays(halfWidth), "CLINIC");
    }

    private int halfWidthDays(int intervalMonths) {
        return config.windows().stream()
                .filter(w -> intervalMonths <= w.maxIntervalMonths())
                .findFirst()
                .map(FollowUpSchedules.Window::halfWidthDays)
                .orElseThrow(() -> new IllegalStateException("No visit window is configured for an interval of "
                        + intervalMonths + " months (FUP-02 defines up to 12)"));
    }
}
