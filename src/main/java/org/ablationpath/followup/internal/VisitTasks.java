package org.ablationpath.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.followup.ContactType;
import org.ablationpath.followup.FollowUpPlanner;
import org.ablationpath.followup.FollowUpSchedules;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.referral.CaseDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grid visit a "Follow-up visit" task is about: the task's subject (its visit id), or for a task without one the
 * case's next planned visit; with what the form needs to know about it.
 */
@Service
public class VisitTasks {

    /** How a visit planned by hand describes its schedule: there is no published one (pathway.md 7.4). */
    static final String MANUAL_DESCRIPTION = "Planned by hand: no published schedule";

    /** The visit as the form shows it: its grid point and window, whether pain is recorded, the case's tumours. */
    public record VisitTask(UUID visitId, String organ, String scheduleId, String scheduleDescription, String gridLabel,
                            LocalDate targetDate, LocalDate windowStart, LocalDate windowEnd, ContactType plannedType,
                            VisitStatus status, boolean painFollowUp, List<String> tumorIds) {
    }

    private final FollowUpVisitRepository visits;
    private final FollowUpPlanner planner;
    private final CaseDirectory cases;
    private final Clock clock;

    VisitTasks(FollowUpVisitRepository visits, FollowUpPlanner planner, CaseDirectory cases, Clock clock) {
        this.visits = visits;
        this.planner = planner;
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<VisitTask> forTask(UUID caseId, String subjectId) {
        return find(caseId, subjectId).map(visit -> {
            // a visit planned by hand has no configured schedule to describe it (pathway.md 7.4)
            Optional<FollowUpSchedules.Schedule> schedule = visit.manuallyPlanned() ? Optional.empty()
                    : Optional.of(planner.schedule(visit.scheduleId()));
            return new VisitTask(visit.id(), visit.organ(), visit.scheduleId(),
                    schedule.map(FollowUpSchedules.Schedule::description).orElse(MANUAL_DESCRIPTION), visit.gridLabel(),
                    visit.targetDate(), visit.windowStart(), visit.windowEnd(), visit.visitType(), visit.status(),
                    schedule.map(FollowUpSchedules.Schedule::recordsPain).orElse(false), tumorIds(caseId));
        });
    }

    /** The case's tumours by id with their histology code (null when unknown), in case order. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> tumorHistologies(UUID caseId) {
        List<TumorData> tumors = cases.tumorsOfCase(caseId);
        java.util.Map<String, String> histologies = new java.util.LinkedHashMap<>();
        if (tumors != null) {
            tumors.stream().filter(t -> t.tumorId() != null).forEach(t -> histologies.putIfAbsent(t.tumorId(), t.histology()));
        }
        return histologies;
    }

    List<String> tumorIds(UUID caseId) {
        List<TumorData> tumors = cases.tumorsOfCase(caseId);
        return tumors == null ? List.of() : tumors.stream().map(TumorData::tumorId).filter(Objects::nonNull).toList();
    }

    /** The task's visit; a subject that is not a visit of the case is a fault of the process, not of the input. */
    FollowUpVisitEntity resolve(UUID caseId, String subjectId) {
        return find(caseId, subjectId).orElseThrow(() -> new ConflictException("The case has no planned visit to record."));
    }

    private Optional<FollowUpVisitEntity> find(UUID caseId, String subjectId) {
        if (subjectId == null) {
            return visits.findByCaseIdAndStatusOrderByTargetDateAscOrganAsc(caseId, VisitStatus.PLANNED).stream()
                    .filter(v -> v.pointKind() == PointKind.VISIT)
                    .findFirst();
        }
        FollowUpVisitEntity visit = visits.findById(UUID.fromString(subjectId))
                .filter(v -> v.caseId().equals(caseId))
                .orElseThrow(() -> new IllegalStateException("Task subject " + subjectId + " is not a visit of case " + caseId));
        return Optional.of(visit);
    }
}
