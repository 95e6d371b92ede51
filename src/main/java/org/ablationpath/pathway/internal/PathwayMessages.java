package org.ablationpath.pathway.internal;

import org.ablationpath.followup.FollowUpEnded;
import org.ablationpath.safety.AdverseEventReported;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Events of other modules become BPMN messages of the case's pathway, in the publisher's transaction: an end of
 * follow-up ends it from any stage (END-01/02 and the others), an adverse event opens its review. A case whose
 * pathway has already ended has nothing to correlate with.
 */
@Component
class PathwayMessages {

    static final String PATIENT_DIED = "PatientDied";
    static final String CONSENT_WITHDRAWN = "ConsentWithdrawn";
    static final String FOLLOW_UP_ENDED = "FollowUpEnded";
    static final String ADVERSE_EVENT_REPORTED = "AdverseEventReported";

    private final RuntimeService runtime;

    PathwayMessages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(FollowUpEnded ended) {
        String message = switch (ended.reason()) {
            case DEATH -> PATIENT_DIED;
            case WITHDRAWAL -> CONSENT_WITHDRAWN;
            default -> FOLLOW_UP_ENDED;
        };
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(ended.caseId().toString())
                .setVariable(ProcessVariables.END_REASON, ended.reason().name())
                .correlateAllWithResult();
    }

    @EventListener
    void on(AdverseEventReported reported) {
        runtime.createMessageCorrelation(ADVERSE_EVENT_REPORTED)
                .processInstanceBusinessKey(reported.caseId().toString())
                .setVariableLocal(ProcessVariables.ADVERSE_EVENT_ID, reported.adverseEventId().toString())
                .correlateAllWithResult();
    }
}
