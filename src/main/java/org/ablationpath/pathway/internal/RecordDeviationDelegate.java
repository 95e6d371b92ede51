package org.ablationpath.pathway.internal;

import org.ablationpath.pathway.DeviationCode;
import org.ablationpath.pathway.PathwayDeviations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A breached timer: records the deviation named by the task's {@code deviationCode} input; its id goes to the reason task. */
@Component("recordDeviationDelegate")
class RecordDeviationDelegate implements JavaDelegate {

    private final PathwayDeviations deviations;

    RecordDeviationDelegate(PathwayDeviations deviations) {
        this.deviations = deviations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DeviationCode code = DeviationCode.valueOf((String) execution.getVariable(ProcessVariables.DEVIATION_CODE));
        execution.setVariable(ProcessVariables.DEVIATION_ID,
                deviations.record(ProcessVariables.caseId(execution), ProcessVariables.centerId(execution), code).toString());
    }
}
