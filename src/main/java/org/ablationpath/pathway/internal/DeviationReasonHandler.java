package org.ablationpath.pathway.internal;

import java.util.Map;
import java.util.UUID;
import org.ablationpath.pathway.DeviationReasonForm;
import org.ablationpath.pathway.PathwayDeviations;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.springframework.stereotype.Component;

/** "Give the reason" tasks (chair escalation, decision not implemented, missed visit): the task's subject is the deviation. */
@Component
class DeviationReasonHandler implements TaskFormHandler<DeviationReasonForm> {

    static final String FORM_KEY = "deviation-reason";

    private final PathwayDeviations deviations;

    DeviationReasonHandler(PathwayDeviations deviations) {
        this.deviations = deviations;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<DeviationReasonForm> formType() {
        return DeviationReasonForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, DeviationReasonForm form) {
        deviations.giveReason(task.caseId(), UUID.fromString(task.subjectId()), form);
        return Map.of();
    }
}
