package org.ablationpath.pathway.internal;

import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.pathway.DeviationCode;
import org.ablationpath.pathway.PathwayDeviations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A breached timer: records the deviation named by the task's {@code deviationCode} input; its id goes to the reason task. */
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
                deviations.record(ProcessVariables.caseId(execution), ProcessVariables.centerId(execution), code).toString());
        if (code == DeviationCode.RESPONSE_IMAGING_MISSED) {
            // FUP-03: the follow-up module owns the response point and tells the safety rules (ALR-11)
            followUp.responseWindowClosed(ProcessVariables.caseId(execution));
        }
    }
}
