package org.ablationpath.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.EndReason;
import org.ablationpath.outcomes.RegistryRecompute;
import org.ablationpath.procedure.SessionRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue of outcome recomputes (V25, ADR 0007): an event queues its case with the recording transaction, a case
 * queued again while a batch computes it stays queued for the next batch, and the worker computes the queue.
 */
@AblationPathTest
class OutcomeRecomputeQueueTest {

    @Autowired
    OutcomeRecomputeQueue queue;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryRecompute recompute;
    @Autowired
    EndOfFollowUp endOfFollowUp;
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate rest;

    @Test
    void anEventQueuesItsCaseOnlyWhenTheRecordingTransactionCommits() {
        UUID rolledBack = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new SessionRecorded(rolledBack, "C01"));
            status.setRollbackOnly();
        });
        UUID committed = UUID.randomUUID();
        transaction.executeWithoutResult(status -> events.publishEvent(new SessionRecorded(committed, "C01")));

        assertThat(isQueued(rolledBack)).isFalse();
        assertThat(isQueued(committed)).isTrue();
    }

    @Test
    void anEndThePathwayRecordsItselfQueuesItsCase() {
        // END-04, END-06 and the no-schedule decision store the end without the FollowUpEnded message
        UUID caseId = org.ablationpath.TestCases.refer(rest,
                org.ablationpath.TestCases.hccCase(org.ablationpath.TestCases.uniquePseudonym("RQ-END")));
        recompute.recomputeQueued();
        assertThat(isQueued(caseId)).isFalse();

        transaction.executeWithoutResult(status -> endOfFollowUp.record(caseId, EndReason.SCHEDULE_COMPLETED,
                LocalDate.now(), null));

        assertThat(isQueued(caseId)).isTrue();
    }

    @Test
    void aCaseQueuedAgainWhileItsBatchComputesStaysForTheNextBatch() {
        recompute.recomputeQueued(); // what earlier tests queued: the batch below is these two cases
        UUID again = UUID.randomUUID();
        UUID once = UUID.randomUUID();
        queue.add(again);
        queue.add(once);
        List<OutcomeRecomputeQueue.Queued> batch = transaction.execute(status -> queue.oldest(10));
        assertThat(batch).extracting(OutcomeRecomputeQueue.Queued::caseId).containsExactly(again, once);

        queue.add(again); // a new event of the case while the batch computed it
        transaction.executeWithoutResult(status -> queue.remove(batch));

        assertThat(isQueued(again)).isTrue();
        assertThat(isQueued(once)).isFalse();
    }

    @Test
    void theWorkerComputesTheQueueInTheBackground() throws InterruptedException {
        // a case the registry does not know: its recompute finds nothing to store and takes it off the queue
        UUID caseId = UUID.randomUUID();
        queue.add(caseId);

        OutcomeRecomputeWorker worker = new OutcomeRecomputeWorker(recompute, Duration.ofMillis(50));
        worker.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (isQueued(caseId) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            worker.stop();
        }
        assertThat(isQueued(caseId)).isFalse();
    }

    private boolean isQueued(UUID caseId) {
        return jdbc.queryForObject("select count(*) from app.outcome_recompute_queue where case_id = ?", Long.class, caseId) > 0;
    }
}
