package org.ablationpath.outcomes.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The cases whose stored outcomes are to be recomputed (V25). A case is queued in the transaction that records its
 * event, so the queue holds it exactly when that record is committed; queuing it again gives it a new version.
 */
@Repository
class OutcomeRecomputeQueue {

    /** A queued case and the version it was queued with. */
    record Queued(UUID caseId, long version) {
    }

    private final JdbcTemplate jdbc;

    OutcomeRecomputeQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID caseId) {
        jdbc.update("""
                insert into app.outcome_recompute_queue (case_id) values (?)
                on conflict (case_id) do update set version = excluded.version, queued_at = excluded.queued_at""", caseId);
    }

    /** The oldest queued cases, at most {@code limit}. */
    List<Queued> oldest(int limit) {
        return jdbc.query("select case_id, version from app.outcome_recompute_queue order by version limit ?",
                (rs, row) -> new Queued(rs.getObject(1, UUID.class), rs.getLong(2)), limit);
    }

    /**
     * Removes the cases that were not queued again since they were read: a case queued again keeps its row, so its new
     * event is computed by the next batch. Waits for a transaction that is queuing one of them to end.
     */
    void remove(List<Queued> done) {
        jdbc.batchUpdate("delete from app.outcome_recompute_queue where case_id = ? and version = ?",
                done.stream().map(q -> new Object[] {q.caseId(), q.version()}).toList());
    }

    boolean isEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from app.outcome_recompute_queue)",
                Boolean.class));
    }

    long size() {
        Long count = jdbc.queryForObject("select count(*) from app.outcome_recompute_queue", Long.class);
        return count == null ? 0 : count;
    }
}
