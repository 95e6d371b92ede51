package org.ablationpath.pathway.internal;

import java.util.UUID;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.EndReason;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** END-04: the organ schedule is complete without active disease. */
@Component("completeScheduleDelegate")
class CompleteScheduleDelegate implements JavaDelegate {

    private final EndOfFollowUp endOfFollowUp;
    private final CaseDirectory cases;
    private final AdverseEventClosureProcesses closures;

    CompleteScheduleDelegate(EndOfFollowUp endOfFollowUp, CaseDirectory cases, AdverseEventClosureProcesses closures) {
        this.endOfFollowUp = endOfFollowUp;
        this.cases = cases;
        this.closures = closures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = ProcessVariables.caseId(execution);
        endOfFollowUp.record(caseId, EndReason.SCHEDULE_COMPLETED, PathwayTimers.today(), null);
        cases.moveToStage(caseId, CaseStage.END_OF_FOLLOW_UP);
        closures.endOfCase(caseId);
    }
}
