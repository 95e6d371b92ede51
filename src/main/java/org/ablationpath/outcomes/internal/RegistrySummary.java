package org.ablationpath.outcomes.internal;

import org.ablationpath.outcomes.internal.SummarySql.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Rebuilds the dashboard's pre-aggregated sums (V20) of every center from the stored outcome rows: the full
 * recompute's last step, which also repairs rows changed outside OutcomeStore. A single case's change does not
 * rebuild anything: {@link SummaryDeltas} adds the difference, whose cost does not grow with the center.
 */
@Repository
class RegistrySummary {

    /** Serializes the writers of the sums (rebuilds and deltas) until their transaction ends. */
    private static final long LOCK = 0x5245_4753_554dL;

    private final JdbcTemplate jdbc;

    RegistrySummary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits until no other transaction writes the sums, and keeps them until this one ends. A delta takes it before
     * it reads the case's old rows, so two changes of one case never subtract the same rows twice; a full recompute
     * takes it before it deletes rows, so it never waits for a delta that waits for its row locks.
     */
    void lock() {
        jdbc.queryForList("select pg_advisory_xact_lock(" + LOCK + ")");
    }

    /** Rebuilds every center's sums (after the full recompute, or a bulk load). */
    void refreshAll() {
        lock();
        for (String table : new String[] {"registry_summary", "registry_summary_missing", "registry_life_table"}) {
            jdbc.update("delete from app." + table);
        }
        jdbc.update("insert into app.registry_summary (" + SummarySql.BUCKET_COLUMNS + ", "
                + String.join(", ", SummarySql.MEASURE_COLUMNS) + ") " + SummarySql.summary(Scope.ALL));
        jdbc.update("insert into app.registry_summary_missing (center_id, missing_fields, patients) "
                + SummarySql.missing(Scope.ALL));
        jdbc.update("insert into app.registry_life_table (center_id, endpoint, days, events, censored) "
                + SummarySql.lifeTables(Scope.ALL));
    }
}
