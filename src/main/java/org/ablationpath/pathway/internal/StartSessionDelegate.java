package org.ablationpath.pathway.internal;

import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** STG-05 begins: the session should take place within TMR-03 of the decision (today). */
@Component("startSessionDelegate")
class StartSessionDelegate implements JavaDelegate {

    private final CaseDirectory cases;
    private final PathwayTimers timers;

    StartSessionDelegate(CaseDirectory cases, PathwayTimers timers) {
        this.cases = cases;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.moveToStage(ProcessVariables.caseId(execution), CaseStage.PRE_PROCEDURE);
        execution.setVariable(ProcessVariables.TREATMENT_DUE, timers.treatmentDue());
    }
}
