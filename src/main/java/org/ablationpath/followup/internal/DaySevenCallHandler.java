package org.ablationpath.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.followup.DaySevenCallForm;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * "Day-7 phone call" (STG-08, TMR-09): stores the structured questionnaire; a reached patient meets the day-7 grid
 * point of a schedule that has one (bone). Positive answers are shown on the case for an adverse-event report.
 */
@Component
class DaySevenCallHandler implements TaskFormHandler<DaySevenCallForm> {

    static final String FORM_KEY = "day-7-call";

    private final DaySevenCallRepository calls;
    private final FollowUpVisitRepository visits;
    private final DaySevenCallDues dues;
    private final CurrentUser currentUser;
    private final Clock clock;

    DaySevenCallHandler(DaySevenCallRepository calls, FollowUpVisitRepository visits, DaySevenCallDues dues,
                        CurrentUser currentUser, Clock clock) {
        this.calls = calls;
        this.visits = visits;
        this.dues = dues;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<DaySevenCallForm> formType() {
        return DaySevenCallForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, DaySevenCallForm form) {
        if (calls.existsByTaskId(task.taskId())) {
            throw new ConflictException("This call was already recorded.");
        }
        validate(form);
        try {
            calls.saveAndFlush(new DaySevenCallEntity(task.caseId(), task.centerId(), task.taskId(), form));
        } catch (DataIntegrityViolationException sameMoment) {
            throw new ConflictException("Someone else recorded this call at the same moment. Your input was not saved.");
        }
        dues.callMade(task.caseId());
        if (form.getReached()) {
            meetDaySevenPoint(task.caseId(), form.getCallDate());
        }
        return Map.of();
    }

    private void validate(DaySevenCallForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        TaskDates.notAfterToday("callDate", form.getCallDate(), LocalDate.now(clock), problems);
        answers(form).forEach((field, answer) -> {
            if (form.getReached() && answer == null) {
                problems.add(new FieldProblem(field, "Required when the patient was reached."));
            } else if (!form.getReached() && answer != null) {
                problems.add(new FieldProblem(field, "Only when the patient was reached."));
            }
        });
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
    }

    /** The latest session's planned day-7 point (FUP-BON-01); other schedules have none. */
    private void meetDaySevenPoint(UUID caseId, LocalDate callDate) {
        visits.findByCaseIdAndStatusOrderByTargetDateAscOrganAsc(caseId, VisitStatus.PLANNED).stream()
                .filter(v -> v.pointKind() == PointKind.PHONE_CALL)
                .max(Comparator.comparing(FollowUpVisitEntity::anchorDate))
                .ifPresent(v -> v.meetBy(callDate, "Day-7 call of " + callDate, currentUser.username()));
    }

    private static Map<String, Boolean> answers(DaySevenCallForm form) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        answers.put("fever", form.getFever());
        answers.put("pain", form.getPain());
        answers.put("jaundice", form.getJaundice());
        answers.put("woundProblem", form.getWoundProblem());
        answers.put("urinaryProblem", form.getUrinaryProblem());
        answers.put("breathlessness", form.getBreathlessness());
        answers.put("newMedication", form.getNewMedication());
        answers.put("unplannedVisit", form.getUnplannedVisit());
        return answers;
    }
}
