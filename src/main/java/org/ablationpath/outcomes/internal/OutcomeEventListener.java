package org.ablationpath.outcomes.internal;

import java.util.UUID;
import org.ablationpath.followup.FollowUpEnded;
import org.ablationpath.followup.FollowUpRecorded;
import org.ablationpath.imaging.ResponseAssessed;
import org.ablationpath.outcomes.RegistryRecompute;
import org.ablationpath.procedure.SessionRecorded;
import org.ablationpath.referral.CaseVoided;
import org.ablationpath.safety.AdverseEventReported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Recomputes a case's stored outcomes when one of its events arrives, after the recording transaction committed: a
 * failure here never undoes the clinical record (the full recompute job repairs it), so it is logged, not thrown.
 */
@Component
class OutcomeEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeEventListener.class);

    private final RegistryRecompute recompute;

    OutcomeEventListener(RegistryRecompute recompute) {
        this.recompute = recompute;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SessionRecorded event) {
        recompute(event.caseId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ResponseAssessed event) {
        recompute(event.caseId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(FollowUpRecorded event) {
        recompute(event.caseId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(FollowUpEnded event) {
        recompute(event.caseId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AdverseEventReported event) {
        recompute(event.caseId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CaseVoided event) {
        try {
            recompute.forget(event.caseId());
        } catch (RuntimeException e) {
            LOG.warn("Stored outcomes of voided case {} not removed; the full recompute will", event.caseId(), e);
        }
    }

    private void recompute(UUID caseId) {
        try {
            recompute.recomputeCase(caseId);
        } catch (RuntimeException e) {
            LOG.warn("Outcomes of case {} not recomputed; the full recompute will", caseId, e);
        }
    }
}
