package org.ablationpath.pathway.internal;

import java.util.UUID;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * STG-12 from any stage: the end record was stored by whoever reported it (death, withdrawal, …); the case moves
 * to the end of follow-up and no visit stays planned (FUP-05). The engine cancels the rest of the process; the
 * session closures (TMR-10), processes of their own, are cancelled here.
 */
@Component("closeCaseDelegate")
class CloseCaseDelegate implements JavaDelegate {

    private final CaseDirectory cases;
    private final FollowUpSchedule followUp;
    private final AdverseEventClosureProcesses closures;

    CloseCaseDelegate(CaseDirectory cases, FollowUpSchedule followUp, AdverseEventClosureProcesses closures) {
        this.cases = cases;
        this.followUp = followUp;
        this.closures = closures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = ProcessVariables.caseId(execution);
        cases.moveToStage(caseId, CaseStage.END_OF_FOLLOW_UP);
        followUp.cancelPlannedVisits(caseId, "End of follow-up: " + execution.getVariable(ProcessVariables.END_REASON));
        closures.endOfCase(caseId);
    }
}
