package org.ablationpath.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.followup.FollowUpPlanner;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.FollowUpSchedules;
import org.ablationpath.followup.MarginSource;
import org.ablationpath.followup.PlannedVisit;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.UnscheduledIndication;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.followup.VitalStatus;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseAccess;
import org.ablationpath.safety.FollowUpWindowClosed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored visit grids of each case (pathway.md section 7), planned from the configured schedules. */
@Service
@Transactional
public class JpaFollowUpSchedule implements FollowUpSchedule {

    private static final Logger log = LoggerFactory.getLogger(JpaFollowUpSchedule.class);
    /** The grid label of a visit planned by hand. */
    static final String MANUAL_LABEL = "MAN";

    private final FollowUpPlanner planner;
    private final ScheduleChoice choice;
    private final FollowUpVisitRepository visits;
    private final CaseFollowUpRepository caseFollowUps;
    private final EndOfFollowUpRepository ends;
    private final VitalStatusRepository vitalStatuses;
    private final CaseDirectory cases;
    private final MarginSource margins;
    private final FutureVisitRecompute recompute;
    private final DaySevenCallDues callDues;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    JpaFollowUpSchedule(FollowUpSchedules config, FollowUpPlanner planner, FollowUpVisitRepository visits,
                        CaseFollowUpRepository caseFollowUps, EndOfFollowUpRepository ends, VitalStatusRepository vitalStatuses,
                        CaseDirectory cases, MarginSource margins, FutureVisitRecompute recompute, DaySevenCallDues callDues,
                        CurrentUser currentUser, Clock clock, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.planner = planner;
        this.choice = new ScheduleChoice(config);
        this.visits = visits;
        this.caseFollowUps = caseFollowUps;
        this.ends = ends;
        this.vitalStatuses = vitalStatuses;
        this.cases = cases;
        this.margins = margins;
        this.recompute = recompute;
        this.callDues = callDues;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void planAfterSession(UUID caseId, LocalDate sessionDate) {
        planAfterSession(caseId, sessionDate, tumors(caseId).stream().map(TumorData::tumorId).toList());
    }

    @Override
    public void planAfterSession(UUID caseId, LocalDate sessionDate, Collection<String> treatedTumorIds) {
        if (followUpOver(caseId)) {
            // FUP-05: no visit after death or the end of follow-up
            log.info("Case {}: follow-up has ended, no grid planned after the session of {}", caseId, sessionDate);
            return;
        }
        CaseAccess kase = caseOf(caseId);
        List<TumorData> tumors = tumors(caseId);
        Set<String> treatedOrgans = treatedOrgans(caseId, tumors, treatedTumorIds);
        // FUP-01: each organ keeps its own grid; only the grids of the organs this session treated restart from it
        cancelPlanned(caseId, treatedOrgans, "FUP-01: re-anchored on the session of " + sessionDate);
        callDues.planAfterSession(caseId, kase.centerId(), treatedOrgans.stream().findFirst().orElse("OTHER"), sessionDate);
        choice.schedulesByOrgan(tumors).forEach((organ, scheduleId) -> {
            if (treatedOrgans.contains(organ)) {
                scheduleId.ifPresentOrElse(
                        id -> planGrid(kase, UUID.randomUUID(), organ, id, sessionDate, planner.plan(id, sessionDate).visits()),
                        () -> log.warn("Case {}: no follow-up schedule is configured for organ {}", caseId, organ));
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ScheduledVisit> responseVisit(UUID caseId, LocalDate sessionDate) {
        return planned(caseId).stream()
                .filter(v -> v.pointKind() == PointKind.RESPONSE && v.anchorDate().equals(sessionDate))
                .min(Comparator.comparing(FollowUpVisitEntity::targetDate))
                .map(FollowUpVisitEntity::toScheduledVisit);
    }

    /**
     * The organs of the session's tumours. Ids naming no tumour of the case (data out of step) cannot narrow them:
     * then every organ of the case, so that no treated tumour is left without a grid.
     */
    private static Set<String> treatedOrgans(UUID caseId, List<TumorData> tumors, Collection<String> treatedTumorIds) {
        List<TumorData> treated = tumors.stream()
                .filter(t -> treatedTumorIds != null && treatedTumorIds.contains(t.tumorId()))
                .toList();
        if (treated.isEmpty()) {
            log.warn("Case {}: the session names no tumour of the case ({}); every organ's grid is re-anchored",
                    caseId, treatedTumorIds);
            return ScheduleChoice.organs(tumors);
        }
        return ScheduleChoice.organs(treated);
    }

    @Override
    public void recordResponseImaging(UUID caseId, LocalDate studyDate) {
        // not a default method of the interface: the class's transaction would not cover it
        recordResponseImaging(caseId, studyDate, true);
    }

    @Override
    public List<ScheduledVisit> recordResponseImaging(UUID caseId, LocalDate studyDate, boolean contrast) {
        if (contrast) {
            // a contrast study inside the window completes a point met earlier without contrast (STG-09)
            visits.findByCaseIdOrderByTargetDateAscOrganAsc(caseId).stream()
                    .filter(v -> v.metWithoutContrast() && v.windowContains(studyDate))
                    .forEach(v -> v.contrastImagingOn(studyDate));
        }
        List<FollowUpVisitEntity> response = latestResponsePoints(caseId);
        String reason = "Response imaging of " + studyDate + (contrast ? "" : " without contrast");
        // FUP-02 (pathway.md 7.3): a study counts for the grid point whose window contains it, not whatever its date
        List<FollowUpVisitEntity> met = response.stream().filter(v -> v.windowContains(studyDate)).toList();
        met.forEach(v -> v.meetBy(studyDate, reason, currentUser.username()));
        // a study outside the response window may fall in a later point's window (e.g. M3): it counts for that one
        planned(caseId).stream().filter(v -> v.pointKind() == PointKind.VISIT && v.windowContains(studyDate))
                .forEach(v -> v.meetBy(studyDate, reason, currentUser.username()));
        List<FollowUpVisitEntity> watched = new ArrayList<>();
        if (!contrast) {
            met.forEach(FollowUpVisitEntity::markWithoutContrast);
            watched.addAll(met);
        }
        // a study before the window meets nothing: FUP-03 still applies when the window closes without imaging in it
        LocalDate today = today();
        response.stream().filter(v -> studyDate.isBefore(v.windowStart()) && !today.isAfter(v.windowEnd()))
                .forEach(watched::add);
        return watched.stream().map(FollowUpVisitEntity::toScheduledVisit).toList();
    }

    /** The planned response points of the latest session (the grids of its organs share its anchor). */
    private List<FollowUpVisitEntity> latestResponsePoints(UUID caseId) {
        List<FollowUpVisitEntity> response = planned(caseId).stream().filter(v -> v.pointKind() == PointKind.RESPONSE).toList();
        return response.stream().map(FollowUpVisitEntity::anchorDate).max(Comparator.naturalOrder())
                .map(latest -> response.stream().filter(v -> v.anchorDate().equals(latest)).toList())
                .orElse(List.of());
    }

    @Override
    public void responseWindowClosedWithoutContrast(List<UUID> visitIds) {
        visits.findAllById(visitIds).stream().filter(v -> v.pointKind() == PointKind.RESPONSE).forEach(v -> {
            if (v.metWithoutContrast()) {
                publisher.publishEvent(windowClosed(v, true, 1, true));
            } else if (v.status() == VisitStatus.PLANNED) {
                // watched after a study before the window, and no imaging inside it since (FUP-03)
                publisher.publishEvent(windowClosed(v, true, 1, false));
            }
        });
    }

    @Override
    public void reviewRiskAfterResponse(UUID caseId) {
        List<TumorData> tumors = tumors(caseId);
        for (String organ : ScheduleChoice.organs(tumors)) {
            Optional<String> highRiskSchedule = choice.highRiskSchedule(organ);
            Optional<UUID> grid = currentGrid(caseId, organ);
            if (highRiskSchedule.isEmpty() || grid.isEmpty()) {
                continue;
            }
            List<FollowUpVisitEntity> gridVisits = visits.findByGridIdOrderByTargetDateAsc(grid.get());
            boolean alreadyHighRisk = gridVisits.stream()
                    .filter(v -> v.status() == VisitStatus.PLANNED)
                    .allMatch(v -> v.scheduleId().equals(highRiskSchedule.get()));
            if (!alreadyHighRisk && highRisk(caseId, organ, tumors)) {
                switchGrid(gridVisits, highRiskSchedule.get());
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ScheduledVisit> nextPlannedVisit(UUID caseId) {
        // the day-7 call and the response imaging point belong to the procedure episode (STG-08/09)
        return planned(caseId).stream()
                .filter(v -> v.pointKind() == PointKind.VISIT)
                .findFirst()
                .map(FollowUpVisitEntity::toScheduledVisit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnscheduledIndication> indicationsWithoutSchedule(UUID caseId) {
        List<TumorData> tumors = tumors(caseId);
        List<UnscheduledIndication> unscheduled = new ArrayList<>();
        choice.schedulesByOrgan(tumors).forEach((organ, scheduleId) -> {
            if (scheduleId.isEmpty()) {
                unscheduled.add(new UnscheduledIndication(organ, List.copyOf(ScheduleChoice.histologies(organ, tumors))));
            }
        });
        return unscheduled;
    }

    @Override
    public ScheduledVisit planManualVisit(UUID caseId, String organ, LocalDate windowStart, LocalDate target,
                                          LocalDate windowEnd) {
        if (followUpOver(caseId)) {
            // FUP-05: no visit after death or the end of follow-up
            throw new ConflictException("The follow-up of this case has ended; no visit can be planned.");
        }
        CaseAccess kase = caseOf(caseId);
        FollowUpVisitEntity visit = visits.save(FollowUpVisitEntity.manual(kase.id(), kase.centerId(), organ, today(),
                new PlannedVisit(MANUAL_LABEL, target, windowStart, windowEnd, "CLINIC")));
        log.info("Case {}: a visit on {} planned by hand for {} (no configured schedule)", caseId, target, organ);
        return visit.toScheduledVisit();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ScheduledVisit> visit(UUID visitId) {
        return visits.findById(visitId).map(FollowUpVisitEntity::toScheduledVisit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScheduledVisit> visits(UUID caseId) {
        return visits.findByCaseIdOrderByTargetDateAscOrganAsc(caseId).stream().map(FollowUpVisitEntity::toScheduledVisit).toList();
    }

    @Override
    public boolean recordMissed(UUID visitId) {
        FollowUpVisitEntity visit = visits.findById(visitId).orElseThrow(() -> new NotFoundException("No such visit"));
        if (visit.status() != VisitStatus.PLANNED) {
            return false;
        }
        visit.markMissed("FUP-04: the window closed on " + visit.windowEnd() + " without a visit");
        int consecutive = 1 + missedContactsBefore(visit);
        if (consecutive >= 2) {
            CaseFollowUpEntity followUp = caseFollowUps.findByCaseId(visit.caseId())
                    .orElseGet(() -> new CaseFollowUpEntity(visit.caseId(), visit.centerId()));
            followUp.flagLostToFollowUpRisk(today());
            caseFollowUps.save(followUp);
        }
        publisher.publishEvent(windowClosed(visit, false, consecutive, false));
        return consecutive == 2;
    }

    @Override
    public void responseWindowClosed(UUID caseId) {
        List<FollowUpVisitEntity> response = planned(caseId).stream().filter(v -> v.pointKind() == PointKind.RESPONSE).toList();
        // the response points of the latest session, one per organ grid (each schedule decides on FUP-03 itself)
        response.stream().map(FollowUpVisitEntity::anchorDate).max(Comparator.naturalOrder()).ifPresent(latest ->
                response.stream().filter(v -> v.anchorDate().equals(latest))
                        .forEach(v -> publisher.publishEvent(windowClosed(v, true, 1, false))));
    }

    private static FollowUpWindowClosed windowClosed(FollowUpVisitEntity visit, boolean responseVisit, int consecutive,
                                                     boolean withoutContrast) {
        return new FollowUpWindowClosed(visit.caseId(), visit.centerId(), visit.id(), visit.scheduleId(), visit.gridLabel(),
                visit.windowStart(), visit.windowEnd(), responseVisit, consecutive, withoutContrast);
    }

    @Override
    public void missRecordedAs(UUID visitId, UUID deviationId) {
        visits.findById(visitId).ifPresent(visit -> visit.missRecordedAs(deviationId));
    }

    @Override
    public void missExplained(UUID visitId) {
        visits.findById(visitId).ifPresent(visit -> visit.missExplained(clock.instant()));
    }

    @Override
    public void cancelPlannedVisits(UUID caseId, String reason) {
        cancelPlanned(caseId, reason);
        callDues.cancelOpen(caseId);
    }

    @Override
    public int recomputeFutureVisits() {
        return recompute.run();
    }

    /**
     * How many contacts before this visit were missed in a row. Visits of several grids on one date are one contact
     * (pathway.md 7.2 merges them), done if any of them was done.
     */
    private int missedContactsBefore(FollowUpVisitEntity visit) {
        Map<LocalDate, Boolean> doneByDate = new TreeMap<>(Comparator.reverseOrder());
        visits.findByCaseIdOrderByTargetDateAscOrganAsc(visit.caseId()).stream()
                .filter(v -> v.targetDate().isBefore(visit.targetDate()))
                .filter(v -> v.status() == VisitStatus.DONE || v.status() == VisitStatus.MISSED)
                .forEach(v -> doneByDate.merge(v.targetDate(), v.status() == VisitStatus.DONE, Boolean::logicalOr));
        int missed = 0;
        for (boolean done : doneByDate.values()) {
            if (done) {
                break;
            }
            missed++;
        }
        return missed;
    }

    private boolean highRisk(UUID caseId, String organ, List<TumorData> tumors) {
        if (choice.highRiskAtBaseline(organ, tumors)) {
            return true;
        }
        return choice.marginHistology(organ, tumors)
                .flatMap(histology -> margins.smallestMarginMm(caseId, histology))
                .map(choice::marginBelowTarget)
                .orElse(false);
    }

    /** FUP-06: the grid continues from its anchor on the high-risk schedule, for its future points only. */
    private void switchGrid(List<FollowUpVisitEntity> gridVisits, String scheduleId) {
        LocalDate today = today();
        FollowUpVisitEntity any = gridVisits.get(0);
        gridVisits.stream()
                .filter(v -> v.status() == VisitStatus.PLANNED && v.targetDate().isAfter(today))
                .forEach(v -> v.cancel("FUP-06: high risk, continued on " + scheduleId));
        Set<String> kept = gridVisits.stream().filter(v -> v.status() != VisitStatus.CANCELLED)
                .map(FollowUpVisitEntity::gridLabel).collect(Collectors.toSet());
        List<PlannedVisit> future = planner.plan(scheduleId, any.anchorDate()).visits().stream()
                .filter(p -> p.target().isAfter(today) && !kept.contains(p.label()))
                .toList();
        CaseAccess kase = caseOf(any.caseId());
        planGrid(kase, any.gridId(), any.organ(), scheduleId, any.anchorDate(), future);
        log.info("Case {}: {} grid switched to {} (FUP-06)", any.caseId(), any.organ(), scheduleId);
    }

    private void planGrid(CaseAccess kase, UUID gridId, String organ, String scheduleId, LocalDate anchor,
                          List<PlannedVisit> points) {
        if (!planner.schedule(scheduleId).plannedAsGrid()) {
            return;
        }
        List<FollowUpVisitEntity> planned = new ArrayList<>();
        for (PlannedVisit point : points) {
            planned.add(new FollowUpVisitEntity(kase.id(), kase.centerId(), gridId, organ, scheduleId, planner.version(),
                    anchor, point, PointKind.of(planner, scheduleId, point)));
        }
        visits.saveAll(planned);
    }

    /** The organ's grid of the latest session, if it still has visits that are not cancelled. */
    private Optional<UUID> currentGrid(UUID caseId, String organ) {
        return visits.findByCaseIdOrderByTargetDateAscOrganAsc(caseId).stream()
                .filter(v -> v.organ().equals(organ) && v.status() != VisitStatus.CANCELLED)
                .max(Comparator.comparing(FollowUpVisitEntity::anchorDate))
                .map(FollowUpVisitEntity::gridId);
    }

    private void cancelPlanned(UUID caseId, String reason) {
        planned(caseId).forEach(v -> v.cancel(reason));
    }

    private void cancelPlanned(UUID caseId, Set<String> organs, String reason) {
        planned(caseId).stream().filter(v -> organs.contains(v.organ())).forEach(v -> v.cancel(reason));
    }

    private List<FollowUpVisitEntity> planned(UUID caseId) {
        return visits.findByCaseIdAndStatusOrderByTargetDateAscOrganAsc(caseId, VisitStatus.PLANNED);
    }

    private boolean followUpOver(UUID caseId) {
        return ends.existsByCaseId(caseId) || vitalStatuses.existsByCaseIdAndStatus(caseId, VitalStatus.DEAD);
    }

    private CaseAccess caseOf(UUID caseId) {
        return cases.caseAccess(caseId).orElseThrow(() -> new NotFoundException("Unknown case"));
    }

    private List<TumorData> tumors(UUID caseId) {
        List<TumorData> tumors = cases.tumorsOfCase(caseId);
        return tumors == null ? List.of() : tumors;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
