package org.ablationpath.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.FollowUpRouting;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.NoScheduleDecision;
import org.ablationpath.followup.NoScheduleDecisionForm;
import org.ablationpath.followup.UnscheduledIndication;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.springframework.stereotype.Component;

/**
 * "Decide the follow-up: no schedule for this indication" (pathway.md 7.4 and section 8): a treated organ has no
 * published schedule, so its follow-up is never "completed" (END-04). The operator plans the next visit by hand, or
 * ends follow-up with a reason that fits (END-05 followed elsewhere, END-07 palliative only) and a note. The end is
 * the case's one end record ({@link EndOfFollowUp}, planned visits cancelled, FUP-05); the process then closes the case.
 */
@Component
class NoScheduleDecisionHandler implements TaskFormHandler<NoScheduleDecisionForm> {

    static final String FORM_KEY = "no-schedule-follow-up";

    private final FollowUpSchedule schedule;
    private final EndOfFollowUp endOfFollowUp;
    private final Clock clock;

    NoScheduleDecisionHandler(FollowUpSchedule schedule, EndOfFollowUp endOfFollowUp, Clock clock) {
        this.schedule = schedule;
        this.endOfFollowUp = endOfFollowUp;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<NoScheduleDecisionForm> formType() {
        return NoScheduleDecisionForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, NoScheduleDecisionForm form) {
        validate(form);
        if (form.getDecision() == NoScheduleDecision.PLAN_VISIT) {
            List<UnscheduledIndication> unscheduled = schedule.indicationsWithoutSchedule(task.caseId());
            // the organ the visit is for; a case whose tumours changed since the task opened keeps the visit all the same
            String organ = unscheduled.isEmpty() ? "OTHER" : unscheduled.get(0).organ();
            schedule.planManualVisit(task.caseId(), organ, form.getWindowStart(), form.getTargetDate(), form.getWindowEnd());
            return Map.of(FollowUpRouting.NO_SCHEDULE_DECISION, NoScheduleDecision.PLAN_VISIT.name());
        }
        if (endOfFollowUp.of(task.caseId()).isPresent()) {
            throw new ConflictException("The follow-up of this case has already ended.");
        }
        String reason = form.getEndReason().endReason().name();
        // the record queues the registry's recompute of the case (outcomes.md 4.14)
        endOfFollowUp.record(task.caseId(), form.getEndReason().endReason(), LocalDate.now(clock), form.getNote());
        return Map.of(FollowUpRouting.NO_SCHEDULE_DECISION, NoScheduleDecision.END_FOLLOW_UP.name(),
                FollowUpRouting.END_REASON, reason);
    }

    private void validate(NoScheduleDecisionForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.getDecision() == NoScheduleDecision.PLAN_VISIT) {
            checkVisitDates(form, problems);
            if (form.getEndReason() != null) {
                problems.add(new FieldProblem("endReason", "Only when follow-up ends."));
            }
            if (form.getNote() != null && !form.getNote().isBlank()) {
                problems.add(new FieldProblem("note", "Only when follow-up ends (the visit's own form records its findings)."));
            }
        } else {
            if (form.getEndReason() == null) {
                problems.add(new FieldProblem("endReason", "Required to end follow-up: TRANSFERRED or PALLIATIVE_ONLY."));
            }
            if (form.getNote() == null || form.getNote().isBlank()) {
                problems.add(new FieldProblem("note", "Required to end follow-up: say who follows the patient, or why not."));
            }
            for (String field : List.of("targetDate", "windowStart", "windowEnd")) {
                if (dateOf(form, field) != null) {
                    problems.add(new FieldProblem(field, "Only when a visit is planned."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
    }

    /** Target, window start and end required; the target not in the past and inside its window. */
    private void checkVisitDates(NoScheduleDecisionForm form, List<FieldProblem> problems) {
        for (String field : List.of("targetDate", "windowStart", "windowEnd")) {
            if (dateOf(form, field) == null) {
                problems.add(new FieldProblem(field, "Required to plan a visit."));
            }
        }
        LocalDate target = form.getTargetDate();
        if (target != null && target.isBefore(LocalDate.now(clock))) {
            problems.add(new FieldProblem("targetDate", "The visit cannot be planned in the past."));
        }
        if (target != null && form.getWindowStart() != null && form.getWindowStart().isAfter(target)) {
            problems.add(new FieldProblem("windowStart", "The window must open on or before the target date."));
        }
        if (target != null && form.getWindowEnd() != null && form.getWindowEnd().isBefore(target)) {
            problems.add(new FieldProblem("windowEnd", "The window must close on or after the target date."));
        }
    }

    private static LocalDate dateOf(NoScheduleDecisionForm form, String field) {
        return switch (field) {
            case "targetDate" -> form.getTargetDate();
            case "windowStart" -> form.getWindowStart();
            default -> form.getWindowEnd();
        };
    }
}
