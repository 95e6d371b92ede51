package org.ablationpath.pathway.internal;

import org.ablationpath.referral.CaseReferred;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the ablation pathway for a referred case inside the referral's transaction: either the case and its
 * process exist together, or neither does.
 */
@Component
class PathwayStarter {

    private final RuntimeService runtime;
    private final PathwayTimers timers;

    PathwayStarter(RuntimeService runtime, PathwayTimers timers) {
        this.runtime = runtime;
        this.timers = timers;
    }

    @EventListener
    void on(CaseReferred referred) {
        runtime.createProcessInstanceByKey(ProcessVariables.PROCESS_KEY)
                .businessKey(referred.caseId().toString())
                .setVariable(ProcessVariables.CASE_ID, referred.caseId().toString())
                .setVariable(ProcessVariables.CENTER_ID, referred.centerId())
                .setVariable(ProcessVariables.BOARD_REVIEW_DUE, timers.firstReviewDue(referred.referralDate()))
                .setVariable(ProcessVariables.FIRST_TREATMENT_DUE, timers.firstTreatmentDue(referred.referralDate()))
                .execute();
    }
}
