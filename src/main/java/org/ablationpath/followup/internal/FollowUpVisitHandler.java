package org.ablationpath.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ablationpath.followup.ContactOutcome;
import org.ablationpath.followup.FollowUpPlanner;
import org.ablationpath.followup.FollowUpRecorded;
import org.ablationpath.followup.FollowUpRouting;
import org.ablationpath.followup.FollowUpVisitForm;
import org.ablationpath.followup.VisitFinding;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.RoutingVariables;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * "Follow-up visit" (STG-10): records the grid visit, a disease event for what it found, and routes the pathway
 * to the board for a disease event or clinical deterioration. An unanswered call records the attempt and its retry
 * date and routes the process back to the same task (issue 7); a reached visit also stores lesion results, lab
 * panels, symptoms and adverse events, all in the transaction that completes the task.
 */
@Component
class FollowUpVisitHandler implements TaskFormHandler<FollowUpVisitForm> {

    static final String FORM_KEY = "follow-up-visit";

    private final VisitTasks visitTasks;
    private final FollowUpVisitRepository visits;
    private final DiseaseEventRepository diseaseEvents;
    private final FollowUpPlanner planner;
    private final VisitContents contents;
    private final ContactAttemptRepository attempts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FollowUpVisitHandler(VisitTasks visitTasks, FollowUpVisitRepository visits, DiseaseEventRepository diseaseEvents,
                         FollowUpPlanner planner, VisitContents contents, ContactAttemptRepository attempts,
                         CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.visitTasks = visitTasks;
        this.visits = visits;
        this.diseaseEvents = diseaseEvents;
        this.planner = planner;
        this.contents = contents;
        this.attempts = attempts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<FollowUpVisitForm> formType() {
        return FollowUpVisitForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, FollowUpVisitForm form) {
        FollowUpVisitEntity visit = visitTasks.resolve(task.caseId(), task.subjectId());
        if (visit.status() != VisitStatus.PLANNED) {
            throw new ConflictException("Visit " + visit.gridLabel() + " is already " + visit.status().name().toLowerCase()
                    + (visit.statusReason() == null ? "." : ": " + visit.statusReason()));
        }
        String note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip();
        if (form.getContactOutcome() == ContactOutcome.NOT_REACHED) {
            validateUnreached(form, visit);
            attempts.save(new ContactAttemptEntity(visit.id(), visit.caseId(), visit.centerId(), form.getVisitDate(),
                    ContactOutcome.NOT_REACHED, form.getRetryDate(), note, task.taskId()));
            visit.contactNotReached(form.getRetryDate());
            flush();
            Map<String, Object> routing = new HashMap<>();
            routing.put(FollowUpRouting.CONTACT_OUTCOME, ContactOutcome.NOT_REACHED.name());
            routing.put(FollowUpRouting.VISIT_RETRY_DUE, Date.from(form.getRetryDate().atStartOfDay(ZoneId.systemDefault()).toInstant()));
            return routing;
        }
        validate(task, form, visit);
        String tumorId = form.getTumorId() == null || form.getTumorId().isBlank() ? null : form.getTumorId().strip();
        visit.record(form.getVisitDate(), form.getContactType(), form.getEcog(), form.getFinding(), tumorId,
                form.getPainNrs(), form.getAnalgesicChange(), note, task.taskId(), currentUser.username());
        visit.reached(form.getSymptoms() == null || form.getSymptoms().isEmpty() ? null : String.join(",", form.getSymptoms()),
                form.getSymptomNote() == null || form.getSymptomNote().isBlank() ? null : form.getSymptomNote().strip());
        attempts.save(new ContactAttemptEntity(visit.id(), visit.caseId(), visit.centerId(), form.getVisitDate(),
                ContactOutcome.REACHED, null, null, task.taskId()));
        meetOtherGridsBy(visit);
        form.getFinding().diseaseEvent().ifPresent(type -> diseaseEvents.save(new DiseaseEventEntity(task.caseId(),
                task.centerId(), visit.id(), type, tumorId, form.getVisitDate(),
                form.getFinding() == VisitFinding.MARKER_RISE_WITHOUT_IMAGING_CORRELATE ? null : DiseaseEventEntity.IMAGING)));
        contents.save(form, visit);
        flush();
        // lab grading and AE alerts follow from the events the patient and safety modules publish
        events.publishEvent(new FollowUpRecorded(task.caseId(), task.centerId()));
        Map<String, Object> routing = new HashMap<>();
        routing.put(FollowUpRouting.VISIT_FINDING, form.getFinding().routing());
        routing.put(FollowUpRouting.CONTACT_OUTCOME, ContactOutcome.REACHED.name());
        if (FollowUpRouting.DISEASE_EVENT.equals(form.getFinding().routing())) {
            // TMR-05 / ALR-13: the rediscussion is due N days after this visit's date, not after the day of this form
            routing.put(RoutingVariables.DETECTION_DATE,
                    Date.from(form.getVisitDate().atStartOfDay(ZoneId.systemDefault()).toInstant()));
        }
        return routing;
    }

    private void flush() {
        try {
            visits.flush();
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new ConflictException("Someone else recorded this visit at the same moment. Your input was not saved.");
        }
    }

    /** An unanswered call: the attempt inside the window, a retry day from the attempt to the window's last day. */
    private void validateUnreached(FollowUpVisitForm form, FollowUpVisitEntity visit) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        TaskDates.notAfterToday("visitDate", form.getVisitDate(), today, problems);
        if (!visit.windowContains(form.getVisitDate())) {
            problems.add(new FieldProblem("visitDate", "Outside the window of " + visit.gridLabel() + " ("
                    + visit.windowStart() + " to " + visit.windowEnd() + ")."));
        }
        LocalDate earliest = form.getVisitDate().isAfter(today) ? form.getVisitDate() : today;
        if (form.getRetryDate().isBefore(earliest) || form.getRetryDate().isAfter(visit.windowEnd())) {
            problems.add(new FieldProblem("retryDate", "Must lie from " + earliest + " to the last day of the window ("
                    + visit.windowEnd() + ")."));
        }
        VisitContents.notWhenUnreached(form, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
    }

    private void validate(TaskContext task, FollowUpVisitForm form, FollowUpVisitEntity visit) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        TaskDates.notAfterToday("visitDate", form.getVisitDate(), today, problems);
        if (!visit.windowContains(form.getVisitDate())) {
            problems.add(new FieldProblem("visitDate", "Outside the window of " + visit.gridLabel() + " ("
                    + visit.windowStart() + " to " + visit.windowEnd() + ")."));
        }
        boolean blankTumor = form.getTumorId() == null || form.getTumorId().isBlank();
        if (form.getFinding() == VisitFinding.LTP && blankTumor) {
            problems.add(new FieldProblem("tumorId", "Name the tumour with local tumour progression."));
        } else if (!blankTumor && !visitTasks.tumorIds(task.caseId()).contains(form.getTumorId().strip())) {
            problems.add(new FieldProblem("tumorId", "Not a tumour of this case: " + visitTasks.tumorIds(task.caseId()) + "."));
        }
        if (!visit.manuallyPlanned() && planner.schedule(visit.scheduleId()).recordsPain()) {
            if (form.getPainNrs() == null) {
                problems.add(new FieldProblem("painNrs", "Required on the " + visit.scheduleId() + " schedule (worst pain, 0-10)."));
            }
            if (form.getAnalgesicChange() == null) {
                problems.add(new FieldProblem("analgesicChange", "Required on the " + visit.scheduleId() + " schedule."));
            }
        } else {
            if (form.getPainNrs() != null) {
                problems.add(new FieldProblem("painNrs", "Recorded on the bone schedule only."));
            }
            if (form.getAnalgesicChange() != null) {
                problems.add(new FieldProblem("analgesicChange", "Recorded on the bone schedule only."));
            }
        }
        contents.check(form, visit, contents.tumors(task.caseId(), today), today, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
    }

    /** FUP-02: a contact meets every other grid's planned point whose window contains it (merged visits, 7.2). */
    private void meetOtherGridsBy(FollowUpVisitEntity visit) {
        visits.findByCaseIdAndStatusOrderByTargetDateAscOrganAsc(visit.caseId(), VisitStatus.PLANNED).stream()
                .filter(other -> other.pointKind() == PointKind.VISIT && !other.gridId().equals(visit.gridId()))
                .filter(other -> other.windowContains(visit.actualDate()))
                .forEach(other -> other.meetBy(visit.actualDate(), "Met by the visit of " + visit.gridLabel() + " ("
                        + visit.scheduleId() + ")", currentUser.username()));
    }
}
