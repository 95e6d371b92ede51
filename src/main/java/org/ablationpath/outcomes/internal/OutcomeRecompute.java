package org.ablationpath.outcomes.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.identity.Roles;
import org.ablationpath.outcomes.CaseOutcomes;
import org.ablationpath.outcomes.PatientOutcomes;
import org.ablationpath.outcomes.RegistryRecompute;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes and stores the outcomes of cases: one case when its events change, every case on the full job. Cases are
 * read and written in batches so a registry of many cases never holds them all in memory.
 */
@Service
class OutcomeRecompute implements RegistryRecompute {

    static final int BATCH = 500;

    private final TimelineReader reader;
    private final OutcomeStore store;
    private final RegistrySummary summary;
    private final CaseOutcomes outcomes;
    private final Clock clock;

    OutcomeRecompute(TimelineReader reader, OutcomeStore store, RegistrySummary summary, CaseOutcomes outcomes,
                     Clock clock) {
        this.reader = reader;
        this.store = store;
        this.summary = summary;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recomputeCase(UUID caseId) {
        List<OutcomeStore.Computed> computed = compute(List.of(caseId));
        if (computed.isEmpty()) {
            store.delete(Set.of(caseId));
        } else {
            store.replace(computed, clock.instant());
        }
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

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forget(UUID caseId) {
        store.delete(Set.of(caseId));
    }
}
