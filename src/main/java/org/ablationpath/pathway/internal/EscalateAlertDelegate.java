package org.ablationpath.pathway.internal;

import java.util.Date;
import java.util.UUID;
import org.ablationpath.safety.AlertEscalation;
import org.ablationpath.safety.Alerts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The alert's limit passed: one level up (safety.md 6.1); routes on whether another level follows and when. */
@Component("escalateAlertDelegate")
class EscalateAlertDelegate implements JavaDelegate {

    private final Alerts alerts;

    EscalateAlertDelegate(Alerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AlertEscalation escalation = alerts.escalate(UUID.fromString((String) execution.getVariable(AlertEscalations.ALERT_ID)));
        execution.setVariable(AlertEscalations.FURTHER_LEVEL, escalation.furtherLevel());
        if (escalation.furtherLevel()) {
            execution.setVariable(AlertEscalations.ESCALATES_AT, Date.from(escalation.nextLevelAt()));
        }
    }
}
