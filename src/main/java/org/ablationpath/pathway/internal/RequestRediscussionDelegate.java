package org.ablationpath.pathway.internal;

import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** STG-11: the case goes back to the board, due within TMR-05 of the detection. */
@Component("requestRediscussionDelegate")
class RequestRediscussionDelegate implements JavaDelegate {

    private final CaseDirectory cases;
    private final PathwayTimers timers;

    RequestRediscussionDelegate(CaseDirectory cases, PathwayTimers timers) {
        this.cases = cases;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.moveToStage(ProcessVariables.caseId(execution), CaseStage.MDT_REDISCUSSION);
        execution.setVariable(ProcessVariables.BOARD_REVIEW_DUE, timers.rediscussionDue());
    }
}
