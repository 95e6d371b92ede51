package org.ablationpath.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.followup.FollowUpPlanner;
import org.ablationpath.followup.FollowUpScheduleChanged;
import org.ablationpath.followup.PlannedVisit;
import org.ablationpath.followup.VisitStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A changed schedule version reaches the visits not yet made: each PLANNED visit of another version is recomputed
 * from its anchor under the configured schedules; points that no longer exist are cancelled, new points whose
 * window is still open are added; DONE and MISSED visits stay as they were.
 */
@Component
class FutureVisitRecompute {

    private static final Logger log = LoggerFactory.getLogger(FutureVisitRecompute.class);

    private final FollowUpPlanner planner;
    private final FollowUpVisitRepository visits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FutureVisitRecompute(FollowUpPlanner planner, FollowUpVisitRepository visits, ApplicationEventPublisher events, Clock clock) {
        this.planner = planner;
        this.visits = visits;
        this.events = events;
        this.clock = clock;
    }

    /** Runs in the caller's transaction; returns the number of cases whose planned visits changed. */
    int run() {
        String version = planner.version();
        // a visit planned by hand follows no configured schedule: a new version leaves it as the operator planned it
        List<FollowUpVisitEntity> outdated = visits.findByStatusAndScheduleVersionNotOrderByCaseIdAscTargetDateAsc(
                VisitStatus.PLANNED, version).stream().filter(v -> !v.manuallyPlanned()).toList();
        Map<GridSchedule, List<FollowUpVisitEntity>> byGrid = new LinkedHashMap<>();
        outdated.forEach(v -> byGrid.computeIfAbsent(new GridSchedule(v.gridId(), v.scheduleId()), g -> new java.util.ArrayList<>()).add(v));
        Map<UUID, Set<String>> present = presentLabels(byGrid.keySet().stream().map(GridSchedule::gridId).distinct().toList());
        Set<UUID> changedCases = new LinkedHashSet<>();
        byGrid.forEach((grid, planned) -> {
            if (recompute(grid, planned, version, present.getOrDefault(grid.gridId(), Set.of()))) {
                changedCases.add(planned.get(0).caseId());
            }
        });
        changedCases.forEach(caseId -> events.publishEvent(new FollowUpScheduleChanged(caseId)));
        if (!outdated.isEmpty()) {
            log.info("Follow-up schedules {}: {} planned visits recomputed, {} cases changed", version, outdated.size(),
                    changedCases.size());
        }
        return changedCases.size();
    }

    /**
     * The labels of each grid's visits that are not cancelled, read in chunks before any change: one query per grid
     * made Hibernate dirty-check the growing session before every query (minutes for a registry-wide version change).
     */
    private Map<UUID, Set<String>> presentLabels(List<UUID> gridIds) {
        Map<UUID, Set<String>> present = new java.util.HashMap<>();
        for (int from = 0; from < gridIds.size(); from += 1000) {
            visits.findByGridIdIn(gridIds.subList(from, Math.min(gridIds.size(), from + 1000))).stream()
                    .filter(v -> v.status() != VisitStatus.CANCELLED)
                    .forEach(v -> present.computeIfAbsent(v.gridId(), g -> new java.util.HashSet<>()).add(v.gridLabel()));
        }
        return present;
    }

    private boolean recompute(GridSchedule grid, List<FollowUpVisitEntity> planned, String version, Set<String> present) {
        FollowUpVisitEntity any = planned.get(0);
        if (!planner.scheduleIds().contains(grid.scheduleId()) || !planner.schedule(grid.scheduleId()).plannedAsGrid()) {
            planned.forEach(v -> v.cancel("Schedule " + grid.scheduleId() + " is no longer configured (version " + version + ")"));
            return true;
        }
        Map<String, PlannedVisit> points = planner.plan(grid.scheduleId(), any.anchorDate()).visits().stream()
                .collect(Collectors.toMap(PlannedVisit::label, p -> p, (a, b) -> a, LinkedHashMap::new));
        boolean changed = false;
        for (FollowUpVisitEntity visit : planned) {
            PlannedVisit point = points.get(visit.gridLabel());
            if (point == null) {
                visit.cancel("No longer a grid point of " + grid.scheduleId() + " (version " + version + ")");
                changed = true;
            } else {
                changed |= visit.reschedule(version, point, PointKind.of(planner, grid.scheduleId(), point));
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (PlannedVisit point : points.values()) {
            if (!present.contains(point.label()) && !point.windowEnd().isBefore(today)) {
                visits.save(new FollowUpVisitEntity(any.caseId(), any.centerId(), grid.gridId(), any.organ(), grid.scheduleId(),
                        version, any.anchorDate(), point, PointKind.of(planner, grid.scheduleId(), point)));
                changed = true;
            }
        }
        return changed;
    }

    private record GridSchedule(UUID gridId, String scheduleId) {
    }
}
