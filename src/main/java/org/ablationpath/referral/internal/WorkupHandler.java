package org.ablationpath.referral.internal;

import java.util.Map;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.ablationpath.referral.CaseDataUpdate;
import org.ablationpath.referral.WorkupForm;
import org.springframework.stereotype.Component;

/**
 * "Complete the work-up" (pathway.md STG-02): the case's data revised from the form's document. Problems are named
 * by their path in the form ({@code document.labs.inr}); the pathway re-evaluates the case after the task.
 */
@Component
class WorkupHandler implements TaskFormHandler<WorkupForm> {

    static final String FORM_KEY = "workup";
    private static final String DOCUMENT = "document";

    private final CaseDataUpdate update;

    WorkupHandler(CaseDataUpdate update) {
        this.update = update;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<WorkupForm> formType() {
        return WorkupForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, WorkupForm form) {
        try {
            update.update(task.caseId(), form.getDocument(), form.getNote());
        } catch (InvalidInputException invalid) {
            throw InvalidInputException.badRequest(invalid.problems().stream().map(WorkupHandler::inForm).toList());
        }
        return Map.of();
    }

    private static FieldProblem inForm(FieldProblem problem) {
        if ("note".equals(problem.field())) {
            return problem;
        }
        String field = "$".equals(problem.field()) ? DOCUMENT : DOCUMENT + "." + problem.field();
        return new FieldProblem(field, problem.message(), problem.rule());
    }
}
