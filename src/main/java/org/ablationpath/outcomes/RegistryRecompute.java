package org.ablationpath.outcomes;

import java.util.UUID;

/** Recomputing the stored registry outcomes: one case as its events arrive, or all (the data manager's action). */
public interface RegistryRecompute {

    /** What a full recompute did: cases with sessions read, outcome rows stored, elapsed milliseconds. */
    record Result(int casesRead, int stored, long millis) {
    }

    void recomputeCase(UUID caseId);

    Result recomputeAll();

    /** Removes the stored outcomes of a voided case. */
    void forget(UUID caseId);
}
