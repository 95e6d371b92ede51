package org.ablationpath.outcomes.internal;

import org.ablationpath.board.BoardDecisionRecorded;
import org.ablationpath.followup.FollowUpEnded;
import org.ablationpath.followup.FollowUpRecorded;
import org.ablationpath.imaging.ResponseAssessed;
import org.ablationpath.procedure.SessionRecorded;
import org.ablationpath.referral.CaseVoided;
import org.ablationpath.safety.AdverseEventReported;
import org.ablationpath.safety.MortalityReviewRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues a case for the recompute of its stored outcomes when one of its events is recorded, in the recording
 * transaction: the clinical record and the queue entry commit together, so neither a crash nor a failing recompute
 * loses it. The {@link OutcomeRecomputeWorker} computes the queue in batches (ADR 0007). A voided case is queued too:
 * its recompute finds it voided and removes its rows.
 */
@Component
class OutcomeEventListener {

    private final OutcomeRecomputeQueue queue;

    OutcomeEventListener(OutcomeRecomputeQueue queue) {
        this.queue = queue;
    }

    @EventListener
    void on(SessionRecorded event) {
        queue.add(event.caseId());
    }

    /** QI-11 counts every decision of the case, a rediscussion's too. */
    @EventListener
    void on(BoardDecisionRecorded event) {
        queue.add(event.caseId());
    }

    @EventListener
    void on(ResponseAssessed event) {
        queue.add(event.caseId());
    }

    @EventListener
    void on(FollowUpRecorded event) {
        queue.add(event.caseId());
    }

    @EventListener
    void on(FollowUpEnded event) {
        queue.add(event.caseId());
    }

    @EventListener
    void on(AdverseEventReported event) {
        queue.add(event.caseId());
    }

    /** OUT-12: the review's finding is the case's procedureRelatedDeath (TMR-11). */
    @EventListener
    void on(MortalityReviewRecorded event) {
        queue.add(event.caseId());
    }

    @EventListener
    void on(CaseVoided event) {
        queue.add(event.caseId());
    }
}
