package org.ablationpath.followup.internal;

import org.ablationpath.followup.FollowUpRecorded;
import org.ablationpath.safety.DeathRecorded;
import org.springframework.context.ApplicationEventPublisher;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ablationpath.followup.FollowUpRouting;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.VitalStatus;
import org.ablationpath.followup.VitalStatusCheckForm;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** "Vital status" (STG-13, yearly): stores the status and routes on it; a death cancels planned visits (FUP-05). */
@Component
class VitalStatusCheckHandler implements TaskFormHandler<VitalStatusCheckForm> {

    static final String FORM_KEY = "vital-status-check";

    private final VitalStatusRepository vitalStatuses;
    private final FollowUpSchedule schedule;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    VitalStatusCheckHandler(VitalStatusRepository vitalStatuses, FollowUpSchedule schedule, Clock clock, ApplicationEventPublisher events) {
        this.vitalStatuses = vitalStatuses;
        this.schedule = schedule;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<VitalStatusCheckForm> formType() {
        return VitalStatusCheckForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, VitalStatusCheckForm form) {
        if (vitalStatuses.existsByTaskId(task.taskId())) {
            throw new ConflictException("This vital status was already recorded.");
        }
        validate(form);
        try {
            vitalStatuses.saveAndFlush(new VitalStatusEntity(task.caseId(), task.centerId(), task.taskId(), form.getStatus(),
                    form.getLastContactDate(), form.getDeathDate(), form.getCauseOfDeath()));
        } catch (DataIntegrityViolationException sameMoment) {
            throw new ConflictException("Someone else recorded this vital status at the same moment. Your input was not saved.");
        }
        if (form.getStatus() == VitalStatus.DEAD) {
            schedule.cancelPlannedVisits(task.caseId(), "FUP-05: death on " + form.getDeathDate());
            // ALR-01: a death within 30 days of a session alerts the team now, not only in an evaluation
            events.publishEvent(new DeathRecorded(task.caseId(), task.centerId(), form.getDeathDate()));
        }
        events.publishEvent(new FollowUpRecorded(task.caseId(), task.centerId()));
        return Map.of(FollowUpRouting.VITAL_STATUS, form.getStatus().name());
    }

    private void validate(VitalStatusCheckForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        TaskDates.notAfterToday("lastContactDate", form.getLastContactDate(), today, problems);
        if (form.getStatus() == VitalStatus.DEAD) {
            if (form.getDeathDate() == null) {
                problems.add(new FieldProblem("deathDate", "Required when the patient died."));
            }
            if (form.getCauseOfDeath() == null) {
                problems.add(new FieldProblem("causeOfDeath", "Required when the patient died."));
            }
            TaskDates.notAfterToday("deathDate", form.getDeathDate(), today, problems);
        } else {
            if (form.getDeathDate() != null) {
                problems.add(new FieldProblem("deathDate", "Only when the patient died."));
            }
            if (form.getCauseOfDeath() != null) {
                problems.add(new FieldProblem("causeOfDeath", "Only when the patient died."));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
    }
}
