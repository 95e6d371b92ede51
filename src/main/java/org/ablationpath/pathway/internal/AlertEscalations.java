package org.ablationpath.pathway.internal;

import java.util.Date;
import org.ablationpath.safety.AlertAcknowledged;
import org.ablationpath.safety.AlertRaised;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One {@code alert-escalation} process per alert that must be acknowledged (business key = alert id), started in the
 * transaction that stores the alert; the acknowledgement ends it in the acknowledging transaction. An alert whose
 * escalation has already ended has nothing to correlate with.
 */
@Component
class AlertEscalations {

    static final String PROCESS_KEY = "alert-escalation";
    static final String ALERT_ACKNOWLEDGED = "AlertAcknowledged";
    static final String ALERT_ID = "alertId";
    static final String ESCALATES_AT = "alertEscalatesAt";
    static final String FURTHER_LEVEL = "furtherLevel";

    private final RuntimeService runtime;

    AlertEscalations(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(AlertRaised raised) {
        if (!raised.priority().needsAcknowledgement() || raised.escalatesAt() == null) {
            return;
        }
        runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(raised.alertId().toString())
                .setVariable(ALERT_ID, raised.alertId().toString())
                .setVariable(ProcessVariables.CASE_ID, raised.caseId().toString())
                .setVariable(ProcessVariables.CENTER_ID, raised.centerId())
                .setVariable(ESCALATES_AT, Date.from(raised.escalatesAt()))
                .execute();
    }

    @EventListener
    void on(AlertAcknowledged acknowledged) {
        runtime.createMessageCorrelation(ALERT_ACKNOWLEDGED)
                .processInstanceBusinessKey(acknowledged.alertId().toString())
                .correlateAllWithResult();
    }
}
