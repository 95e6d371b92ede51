package org.ablationpath.pathway.internal;

import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.EndReason;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * STG-13: a non-ablative decision ends the ablation follow-up (END-06); the decided treatment is expected within
 * TMR-03 and the vital status is tracked.
 */
@Component("trackOtherTreatmentDelegate")
class TrackOtherTreatmentDelegate implements JavaDelegate {

    private final EndOfFollowUp endOfFollowUp;
    private final PathwayTimers timers;

    TrackOtherTreatmentDelegate(EndOfFollowUp endOfFollowUp, PathwayTimers timers) {
        this.endOfFollowUp = endOfFollowUp;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        endOfFollowUp.record(ProcessVariables.caseId(execution), EndReason.NON_ABLATION_PATHWAY, PathwayTimers.today(),
                "Board decision " + execution.getVariable(ProcessVariables.DECISION_CODE));
        execution.setVariable(ProcessVariables.TREATMENT_DUE, timers.treatmentDue());
    }
}
