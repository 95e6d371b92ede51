package org.ablationpath.pathway.internal;

import java.util.UUID;
import org.ablationpath.followup.FollowUpSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** STG-09: the response grid point is met by the imaging, and FUP-06 may switch the liver schedule to high risk. */
@Component("applyResponseDelegate")
class ApplyResponseDelegate implements JavaDelegate {

    private final FollowUpSchedule followUp;

    ApplyResponseDelegate(FollowUpSchedule followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = ProcessVariables.caseId(execution);
        followUp.recordResponseImaging(caseId, PathwayTimers.today());
        followUp.reviewRiskAfterResponse(caseId);
    }
}
