package org.ablationpath.pathway.internal;

import java.util.UUID;
import org.ablationpath.followup.FollowUpSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** FUP-04: the reason for a missed visit was given; the visit leaves the nurse worklist. */
@Component("missedVisitExplainedListener")
class MissedVisitExplainedListener implements ExecutionListener {

    private final FollowUpSchedule followUp;

    MissedVisitExplainedListener(FollowUpSchedule followUp) {
        this.followUp = followUp;
    }

    @Override
    public void notify(DelegateExecution execution) {
        followUp.missExplained(UUID.fromString((String) execution.getVariable(ProcessVariables.VISIT_ID)));
    }
}
