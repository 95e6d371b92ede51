package org.ablationpath.safety.internal;

import org.ablationpath.safety.AlertsDrafted;
import org.ablationpath.safety.Alerts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Raises the alerts the safety rules drafted, before the rules' transaction commits: the finding that produced them
 * and its alerts are stored together or not at all (an alert must not be lost to a later failure). Published outside
 * a transaction, the drafts are raised at once in a transaction of their own.
 */
@Component
class AlertDraftListener {

    private final Alerts alerts;

    AlertDraftListener(Alerts alerts) {
        this.alerts = alerts;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AlertsDrafted drafted) {
        drafted.drafts().forEach(alerts::raise);
    }
}
