package org.ablationpath.procedure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.ablationpath.procedure.PostProcedureDischargeForm;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** "Observation and discharge" (STG-07): the discharge of the case's latest session and its length of stay. */
@Component
class PostProcedureDischargeHandler implements TaskFormHandler<PostProcedureDischargeForm> {

    static final String FORM_KEY = "post-procedure-discharge";

    private final SessionRepository sessions;
    private final CurrentUser currentUser;
    private final Clock clock;

    PostProcedureDischargeHandler(SessionRepository sessions, CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<PostProcedureDischargeForm> formType() {
        return PostProcedureDischargeForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, PostProcedureDischargeForm form) {
        SessionEntity latest = sessions.findFirstByCaseIdOrderBySessionNumberDesc(task.caseId())
                .orElseThrow(() -> new ConflictException("No procedure session has been recorded for this case yet."));
        if (latest.dischargeDate() != null) {
            throw new ConflictException("The latest session was already discharged on " + latest.dischargeDate() + ".");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (form.getDischargeDate().isBefore(latest.procedureDate())) {
            problems.add(new FieldProblem("dischargeDate", "The discharge cannot be before the procedure ("
                    + latest.procedureDate() + ")."));
        }
        if (form.getDischargeDate().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("dischargeDate", "The discharge date cannot be in the future."));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        latest.discharge(form, currentUser.username());
        try {
            sessions.saveAndFlush(latest);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new ConflictException("Someone else recorded this discharge at the same moment. Your input was not saved.");
        }
        return Map.of();
    }
}
