package org.ablationpath.pathway.internal;

import org.ablationpath.referral.CaseVoided;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Ends the pathway of a voided case in the voiding transaction, so no task of it stays in anyone's list. */
@Component
class PathwayEnder {

    private final RuntimeService runtime;

    PathwayEnder(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(CaseVoided voided) {
        // the main process only: deleting it deletes the processes it called
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(voided.caseId().toString())
                .processDefinitionKey(ProcessVariables.PROCESS_KEY).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "Case voided: " + voided.reason()));
    }
}
