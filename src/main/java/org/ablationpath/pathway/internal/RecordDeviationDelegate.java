package org.ablationpath.pathway.internal;

import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.pathway.DeviationCode;
import org.ablationpath.pathway.PathwayDeviations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * A breached timer: records the deviation named by the task's {@code deviationCode} input; its id goes to the reason
 * task. The deviation is about the timer occurrence that fired (its job: a due timer is one job row until it has run),
 * so a second run of the same job (the job executor delivers at least once) finds the stored one instead of adding
 * another. The job id rather than its due date: a failed attempt moves the due date by the retry cycle, and two
 * work-up rounds on one day share a due date but are two breaches.
 */
@Component("recordDeviationDelegate")
class RecordDeviationDelegate implements JavaDelegate {

    private final PathwayDeviations deviations;
    private final FollowUpSchedule followUp;

    RecordDeviationDelegate(PathwayDeviations deviations, FollowUpSchedule followUp) {
        this.deviations = deviations;
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeviationCode code = DeviationCode.valueOf((String) execution.getVariable(ProcessVariables.DEVIATION_CODE));
        execution.setVariable(ProcessVariables.DEVIATION_ID,
                deviations.record(ProcessVariables.caseId(execution), ProcessVariables.centerId(execution), code,
                        firedJobSubject()).toString());
        if (code == DeviationCode.RESPONSE_IMAGING_MISSED) {
            // FUP-03: the follow-up module owns the response point and tells the safety rules (ALR-11); a second run
            // of the same timer job meets the alert store's de-duplication
            followUp.responseWindowClosed(ProcessVariables.caseId(execution));
        }
    }

    /** The job (timer) this step runs in; none when it runs in no job (then there is nothing to merge with). */
    static String firedJobSubject() {
        CommandContext context = Context.getCommandContext();
        JobEntity job = context == null ? null : context.getCurrentJob();
        return job == null ? null : "job:" + job.getId();
    }
}
