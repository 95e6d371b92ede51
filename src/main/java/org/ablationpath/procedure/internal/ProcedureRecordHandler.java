package org.ablationpath.procedure.internal;

import org.ablationpath.procedure.SessionRecorded;
import org.springframework.context.ApplicationEventPublisher;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.ablationpath.procedure.ProcedureRecordForm;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * "Record the procedure" (STG-06): stores the session, numbered after the case's earlier sessions, with its
 * applications in the order given; the session uses up the newest open checklist (its planned date).
 */
@Component
class ProcedureRecordHandler implements TaskFormHandler<ProcedureRecordForm> {

    static final String FORM_KEY = "procedure-record";
    private static final Set<String> UNIQUE_SESSION = Set.of("procedure_session_task_id_key", "procedure_session_number");

    private final SessionRepository sessions;
    private final ApplicationRepository applications;
    private final ChecklistRepository checklists;
    private final CaseFactsReader facts;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    ProcedureRecordHandler(SessionRepository sessions, ApplicationRepository applications, ChecklistRepository checklists,
                           CaseFactsReader facts, Clock clock, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.applications = applications;
        this.checklists = checklists;
        this.facts = facts;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<ProcedureRecordForm> formType() {
        return ProcedureRecordForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, ProcedureRecordForm form) {
        if (sessions.existsByTaskId(task.taskId())) {
            throw new ConflictException("A procedure was already recorded for this task.");
        }
        List<FieldProblem> problems = ProcedureRecordChecks.problems(form, facts.of(task.caseId()), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        UUID caseId = task.caseId();
        int number = Math.toIntExact(sessions.countByCaseId(caseId)) + 1;
        UUID checklistId = checklists.findFirstByCaseIdOrderByCreatedAtDesc(caseId)
                .map(ChecklistEntity::id)
                .filter(id -> !sessions.existsByChecklistId(id))
                .orElse(null);
        SessionEntity session = new SessionEntity(caseId, task.centerId(), task.taskId(), checklistId, number, form);
        try {
            sessions.saveAndFlush(session);
        } catch (DataIntegrityViolationException violation) {
            // the same task, or another session of the case, recorded at the same moment: the number is taken
            if (UniqueViolation.of(violation, UNIQUE_SESSION)) {
                throw new ConflictException("Someone else recorded a session of this case at the same moment. Your input was not saved.");
            }
            throw violation;
        }
        List<ApplicationEntity> rows = new ArrayList<>();
        for (int i = 0; i < form.getApplications().size(); i++) {
            rows.add(new ApplicationEntity(session.id(), caseId, i, form.getApplications().get(i)));
        }
        applications.saveAll(rows);
        events.publishEvent(new SessionRecorded(caseId, task.centerId()));
        return Map.of();
    }
}
