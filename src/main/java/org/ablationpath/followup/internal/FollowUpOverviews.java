package org.ablationpath.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.FollowUpPlanner;
import org.ablationpath.followup.FollowUpSchedules;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.referral.CaseDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a visible case's follow-up for the case page and the case resource; every read is logged. */
@Service
public class FollowUpOverviews {

    private final FollowUpVisitRepository visits;
    private final CaseFollowUpRepository caseFollowUps;
    private final DaySevenCallRepository calls;
    private final DiseaseEventRepository diseaseEvents;
    private final VitalStatusRepository vitalStatuses;
    private final EndOfFollowUp endOfFollowUp;
    private final FollowUpPlanner planner;
    private final ScheduleChoice choice;
    private final CaseDirectory cases;
    private final AccessLog accessLog;
    private final Clock clock;

    FollowUpOverviews(FollowUpVisitRepository visits, CaseFollowUpRepository caseFollowUps, DaySevenCallRepository calls,
                      DiseaseEventRepository diseaseEvents, VitalStatusRepository vitalStatuses, EndOfFollowUp endOfFollowUp,
                      FollowUpPlanner planner, FollowUpSchedules config, CaseDirectory cases, AccessLog accessLog, Clock clock) {
        this.visits = visits;
        this.caseFollowUps = caseFollowUps;
        this.calls = calls;
        this.diseaseEvents = diseaseEvents;
        this.vitalStatuses = vitalStatuses;
        this.endOfFollowUp = endOfFollowUp;
        this.planner = planner;
        this.choice = new ScheduleChoice(config);
        this.cases = cases;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Empty when the case does not exist or belongs to another center. */
    @Transactional(readOnly = true)
    public Optional<FollowUpOverview> overview(UUID caseId) {
        return cases.visibleCaseAccess(caseId).map(kase -> {
            accessLog.patientRecordRead(kase.patientId(), caseId, kase.centerId(), "VIEW_FOLLOW_UP");
            List<TumorData> tumors = Optional.ofNullable(cases.tumorsOfCase(caseId)).orElse(List.of());
            List<FollowUpVisitEntity> all = visits.findByCaseIdOrderByTargetDateAscOrganAsc(caseId);
            Optional<CaseFollowUpEntity> followUp = caseFollowUps.findByCaseId(caseId);
            return new FollowUpOverview(planner.version(), grids(all, tumors), choice.unassigned(tumors),
                    all.stream().map(FollowUpOverviews::visit).toList(),
                    followUp.map(CaseFollowUpEntity::lostToFollowUpRisk).orElse(false),
                    followUp.map(CaseFollowUpEntity::riskFlaggedOn).orElse(null),
                    calls.findByCaseIdOrderByCallDateDesc(caseId).stream().map(FollowUpOverviews::call).toList(),
                    diseaseEvents.findByCaseIdOrderByDetectionDateAsc(caseId).stream()
                            .map(e -> new FollowUpOverview.DiseaseEvent(e.eventType(), e.tumorId(), e.detectionDate(), e.confirmation()))
                            .toList(),
                    vitalStatuses.findByCaseIdOrderByLastContactDateDescCreatedAtDesc(caseId).stream()
                            .map(v -> new FollowUpOverview.VitalStatusEntry(v.status(), v.lastContactDate(), v.deathDate(),
                                    v.causeOfDeath(), v.createdBy()))
                            .toList(),
                    endOfFollowUp.of(caseId).orElse(null));
        });
    }

    /** Each organ's grid of its latest session, on the schedule of its latest points (FUP-06 may have switched it). */
    private List<FollowUpOverview.Grid> grids(List<FollowUpVisitEntity> all, List<TumorData> tumors) {
        List<FollowUpVisitEntity> standing = all.stream().filter(v -> v.status() != VisitStatus.CANCELLED).toList();
        Map<String, UUID> latestGridByOrgan = new LinkedHashMap<>();
        standing.stream().sorted(Comparator.comparing(FollowUpVisitEntity::anchorDate))
                .forEach(v -> latestGridByOrgan.put(v.organ(), v.gridId()));
        List<FollowUpOverview.Grid> grids = new ArrayList<>();
        latestGridByOrgan.forEach((organ, gridId) -> {
            FollowUpVisitEntity latest = standing.stream().filter(v -> v.gridId().equals(gridId))
                    .max(Comparator.comparing(FollowUpVisitEntity::targetDate)).orElseThrow();
            // a schedule since removed from the configuration still names its past visits
            Optional<FollowUpSchedules.Schedule> schedule = planner.scheduleIds().contains(latest.scheduleId())
                    ? Optional.of(planner.schedule(latest.scheduleId())) : Optional.empty();
            grids.add(new FollowUpOverview.Grid(organ, latest.scheduleId(), latest.scheduleVersion(), latest.anchorDate(),
                    schedule.map(FollowUpSchedules.Schedule::description).orElse(null),
                    schedule.map(FollowUpSchedules.Schedule::source).orElse(null),
                    schedule.map(FollowUpSchedules.Schedule::evidence).orElse(null),
                    schedule.map(FollowUpSchedules.Schedule::localDefault).orElse(false),
                    choice.companions(organ, tumors)));
        });
        return grids;
    }

    private static FollowUpOverview.Visit visit(FollowUpVisitEntity v) {
        return new FollowUpOverview.Visit(v.id(), v.organ(), v.scheduleId(), v.scheduleVersion(), v.gridLabel(),
                v.pointKind().name(), v.anchorDate(), v.targetDate(), v.windowStart(), v.windowEnd(), v.status(),
                v.statusReason(), v.actualDate(), v.visitType(), v.ecog(), v.finding(), v.tumorId(), v.painNrs(),
                v.analgesicChange(), v.note(), v.recordedBy(), v.metWithoutContrast());
    }

    private static FollowUpOverview.DaySevenCall call(DaySevenCallEntity c) {
        List<String> positive = c.answers().entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
        return new FollowUpOverview.DaySevenCall(c.callDate(), c.reached(), c.reached() ? c.answers() : Map.of(), positive,
                c.note(), c.createdBy());
    }
}
