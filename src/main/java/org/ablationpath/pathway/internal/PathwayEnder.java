package org.ablationpath.pathway.internal;

import org.ablationpath.referral.CaseVoided;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends the pathway of a voided case in the voiding transaction, so no task of it stays in anyone's list; the session
 * closures (TMR-10) are processes of their own and are cancelled too.
 */
@Component
class PathwayEnder {

    private final RuntimeService runtime;
    private final AdverseEventClosureProcesses closures;

    PathwayEnder(RuntimeService runtime, AdverseEventClosureProcesses closures) {
        this.runtime = runtime;
        this.closures = closures;
    }

    @EventListener
    void on(CaseVoided voided) {
        // the main process (deleting it deletes the processes it called) and the M&M review, which it does not call
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(voided.caseId().toString())
                .processDefinitionKeyIn(ProcessVariables.PROCESS_KEY, MortalityReviewStarter.PROCESS_KEY).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "Case voided: " + voided.reason()));
        closures.endOfCase(voided.caseId());
    }
}
