package org.ablationpath.outcomes.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.identity.Roles;
import org.ablationpath.outcomes.CaseOutcomes;
import org.ablationpath.outcomes.PatientOutcomes;
import org.ablationpath.outcomes.RegistryRecompute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes and stores the outcomes of cases: the queued cases (their events changed them) in batches of their own
 * transactions, every case on the full job. Cases are read and written in batches so a registry of many cases never
 * holds them all in memory.
 */
@Service
class OutcomeRecompute implements RegistryRecompute {

    static final int BATCH = 500;
    /** Queued cases per transaction: a burst of events is computed in few batches, each holding the lock briefly. */
    static final int QUEUE_BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(OutcomeRecompute.class);

    private final TimelineReader reader;
    private final OutcomeStore store;
    private final RegistrySummary summary;
    private final CaseOutcomes outcomes;
    private final Clock clock;
    private final OutcomeRecomputeQueue queue;
    private final TransactionTemplate ownTransaction;

    OutcomeRecompute(TimelineReader reader, OutcomeStore store, RegistrySummary summary, CaseOutcomes outcomes,
                     Clock clock, OutcomeRecomputeQueue queue, PlatformTransactionManager transactions) {
        this.reader = reader;
        this.store = store;
        this.summary = summary;
        this.outcomes = outcomes;
        this.clock = clock;
        this.queue = queue;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public int recomputeQueued() {
        int computed = 0;
        while (true) {
            int batch;
            try {
                batch = ownTransaction.execute(status -> recomputeBatch(QUEUE_BATCH));
            } catch (RuntimeException e) {
                LOG.warn("A batch of queued outcome recomputes failed; computing its cases one at a time", e);
                batch = recomputeOneByOne();
            }
            if (batch == 0) {
                return computed;
            }
            computed += batch;
        }
    }

    @Override
    public long queued() {
        return queue.size();
    }

    /** One batch of the queue in the caller's transaction; returns how many cases it took off the queue. */
    private int recomputeBatch(int limit) {
        if (queue.isEmpty()) {
            return 0;
        }
        // before the queue is read, until the commit: one batch at a time across the nodes, and a case queued again
        // meanwhile is read by the next batch, whose reads start after this one's rows are committed
        summary.lock();
        List<OutcomeRecomputeQueue.Queued> next = queue.oldest(limit);
        recompute(next);
        return next.size();
    }

    /** After a failed batch: each case alone, so one case that cannot be computed does not hold up the others. */
    private int recomputeOneByOne() {
        List<OutcomeRecomputeQueue.Queued> next = ownTransaction.execute(status -> queue.oldest(QUEUE_BATCH));
        for (OutcomeRecomputeQueue.Queued one : next) {
            try {
                ownTransaction.executeWithoutResult(status -> {
                    summary.lock();
                    recompute(List.of(one));
                });
            } catch (RuntimeException e) {
                // logged and dropped, as before the queue: the full recompute repairs the case
                LOG.warn("Outcomes of case {} not recomputed; the full recompute will", one.caseId(), e);
                ownTransaction.executeWithoutResult(status -> queue.remove(List.of(one)));
            }
        }
        return next.size();
    }

    /** Computes and stores these queued cases and takes them off the queue; the caller holds the sums' lock. */
    private void recompute(List<OutcomeRecomputeQueue.Queued> queued) {
        if (queued.isEmpty()) {
            return;
        }
        List<UUID> caseIds = queued.stream().map(OutcomeRecomputeQueue.Queued::caseId).toList();
        List<OutcomeStore.Computed> computed = compute(caseIds);
        // voided cases and cases without a session any more have no outcomes: their rows go
        Set<UUID> gone = new HashSet<>(caseIds);
        computed.forEach(c -> gone.remove(c.facts().caseId()));
        if (!gone.isEmpty()) {
            store.delete(gone);
        }
        if (!computed.isEmpty()) {
            store.replace(computed, clock.instant());
        }
        queue.remove(queued);
    }

    @Override
    @Transactional
    @Secured({"ROLE_" + Roles.DATA_MANAGER, "ROLE_" + Roles.ADMIN})
    public Result recomputeAll() {
        long started = System.nanoTime();
        // before any row is deleted: a case's delta waiting for this job's row locks must not hold the lock
        summary.lock();
        List<UUID> all = reader.casesWithSessions();
        int stored = 0;
        for (int from = 0; from < all.size(); from += BATCH) {
            List<UUID> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            List<OutcomeStore.Computed> computed = compute(batch);
            store.deleteRows(batch);
            store.replaceRows(computed, clock.instant());
            stored += computed.size();
        }
        // once, in this transaction: the dashboard never sees the new rows with the old sums
        summary.refreshAll();
        return new Result(all.size(), stored, (System.nanoTime() - started) / 1_000_000);
    }

    private List<OutcomeStore.Computed> compute(List<UUID> caseIds) {
        List<OutcomeStore.Computed> computed = new ArrayList<>(caseIds.size());
        for (CaseFacts facts : reader.read(caseIds)) {
            PatientOutcomes result = outcomes.compute(facts.timeline()).orElse(null);
            if (result != null) {
                computed.add(new OutcomeStore.Computed(facts, result));
            }
        }
        return computed;
    }
}
