package org.ablationpath.pathway.internal;

import java.util.Date;
import org.ablationpath.platform.workflow.RoutingVariables;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * STG-11: the case goes back to the board, due within TMR-05 of the detection: the date of the response imaging or
 * follow-up visit that found it, which the called process hands back as {@link RoutingVariables#DETECTION_DATE}.
 */
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
        // null when no imaging or visit detected anything (a new contraindication before the procedure): from today
        Date detected = (Date) execution.getVariable(RoutingVariables.DETECTION_DATE);
        execution.setVariable(ProcessVariables.BOARD_REVIEW_DUE, timers.rediscussionDue(PathwayTimers.dayOf(detected)));
    }
}
