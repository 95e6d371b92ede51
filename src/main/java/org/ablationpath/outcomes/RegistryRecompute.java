package org.ablationpath.outcomes;

/**
 * Recomputing the stored registry outcomes: the cases queued by their recorded events (a worker on each node does it
 * continuously), or all of them (the data manager's action).
 */
public interface RegistryRecompute {

    /** What a full recompute did: cases with sessions read, outcome rows stored, elapsed milliseconds. */
    record Result(int casesRead, int stored, long millis) {
    }

    Result recomputeAll();

    /**
     * Recomputes the queued cases in batches until the queue is empty, and returns how many it computed. When it
     * returns, every case queued before the call has its outcomes stored (by this call or by another node's worker).
     */
    int recomputeQueued();

    /** Cases waiting in the queue, for the dashboard. */
    long queued();
}
