package org.ablationpath.outcomes.internal;

import java.util.Collection;
import java.util.TreeSet;
import org.ablationpath.outcomes.internal.SummarySql.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Rebuilds the dashboard's pre-aggregated sums (V20) of some centers, or of all, from their stored outcome rows: the
 * full recompute's last step, and a repair. A single case's change does not rebuild its center: {@link SummaryDeltas}
 * adds the difference, whose cost does not grow with the center.
 */
@Repository
class RegistrySummary {

    /** Serializes the writers of the sums (rebuilds and deltas) until their transaction ends. */
    private static final long LOCK = 0x5245_4753_554dL;

    private final NamedParameterJdbcTemplate jdbc;

    RegistrySummary(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Waits until no other transaction writes the sums, and keeps them until this one ends. A delta takes it before
     * it reads the case's old rows, so two changes of one case never subtract the same rows twice; a full recompute
     * takes it before it deletes rows, so it never waits for a delta that waits for its row locks.
     */
    void lock() {
        jdbc.getJdbcTemplate().queryForList("select pg_advisory_xact_lock(" + LOCK + ")");
    }

    /** Rebuilds the sums of these centers from their rows. */
    void refresh(Collection<String> centers) {
        if (centers.isEmpty()) {
            return;
        }
        rebuild(Scope.centers(), " where center_id in (:centers)", new MapSqlParameterSource("centers", new TreeSet<>(centers)));
    }

    /** Rebuilds every center's sums (after the full recompute, or a bulk load). */
    void refreshAll() {
        rebuild(Scope.ALL, "", new MapSqlParameterSource());
    }

    private void rebuild(Scope scope, String whereSummary, MapSqlParameterSource params) {
        lock();
        for (String table : new String[] {"registry_summary", "registry_summary_missing", "registry_life_table"}) {
            jdbc.update("delete from app." + table + whereSummary, params);
        }
        jdbc.update("insert into app.registry_summary (" + SummarySql.BUCKET_COLUMNS + ", "
                + String.join(", ", SummarySql.MEASURE_COLUMNS) + ") " + SummarySql.summary(scope), params);
        jdbc.update("insert into app.registry_summary_missing (center_id, missing_fields, patients) "
                + SummarySql.missing(scope), params);
        jdbc.update("insert into app.registry_life_table (center_id, endpoint, days, events, censored) "
                + SummarySql.lifeTables(scope), params);
    }
}
