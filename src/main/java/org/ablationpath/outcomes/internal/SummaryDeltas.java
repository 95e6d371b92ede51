package org.ablationpath.outcomes.internal;

import java.sql.ResultSet;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.outcomes.internal.SummarySql.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keeps the dashboard's sums (V20) up to date when some cases' outcome rows change, by adding the change instead of
 * rebuilding the centers: the cases' contribution is read before and after their rows are replaced, and the
 * difference is added to the rows of the sums tables it touches. Its cost depends on the cases, not on how many
 * patients their centers have; a rebuild of a large center on every recorded session did. The caller holds
 * {@link RegistrySummary#lock()} from before the first read to the end of its transaction.
 */
@Repository
class SummaryDeltas {

    private static final List<String> MEASURES = SummarySql.MEASURE_COLUMNS;
    private static final String BUCKET_MATCH = " where center_id = :center and organ is not distinct from :organ"
            + " and histology is not distinct from :histology and modality is not distinct from :modality"
            + " and intent is not distinct from :intent";
    private static final String ADD_TO_BUCKET = "update app.registry_summary set "
            + String.join(", ", MEASURES.stream().map(c -> c + " = " + c + " + :" + c).toList()) + BUCKET_MATCH
            + " returning patients";
    private static final String NEW_BUCKET = "insert into app.registry_summary (" + SummarySql.BUCKET_COLUMNS + ", "
            + String.join(", ", MEASURES) + ") values (:center, :organ, :histology, :modality, :intent, "
            + String.join(", ", MEASURES.stream().map(c -> ":" + c).toList()) + ")";
    private static final String ADD_MISSING = """
            insert into app.registry_summary_missing (center_id, missing_fields, patients) values (:center, :fields, :patients)
            on conflict (center_id, missing_fields) do update set patients = registry_summary_missing.patients + excluded.patients
            returning patients""";
    private static final String ADD_LIFE_TABLE = """
            insert into app.registry_life_table (center_id, endpoint, days, events, censored)
            values (:center, :endpoint, :days, :events, :censored)
            on conflict (endpoint, center_id, days) do update set events = registry_life_table.events + excluded.events,
              censored = registry_life_table.censored + excluded.censored
            returning events + censored""";

    private final NamedParameterJdbcTemplate jdbc;

    SummaryDeltas(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** What the stored rows of these cases add to the sums now. */
    SummaryContribution contributionOf(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return SummaryContribution.NONE;
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", caseIds);
        Map<List<Object>, long[]> buckets = new HashMap<>();
        jdbc.query(SummarySql.summary(Scope.cases()), ids, (ResultSet rs) -> {
            long[] counts = new long[MEASURES.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = rs.getLong(6 + i);
            }
            SummaryContribution.add(buckets, SummaryContribution.key(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5)), counts);
        });
        Map<List<Object>, long[]> missing = new HashMap<>();
        jdbc.query(SummarySql.missing(Scope.cases()), ids, (ResultSet rs) -> {
            SummaryContribution.add(missing, SummaryContribution.key(rs.getString(1), rs.getString(2)),
                    new long[] {rs.getLong(3)});
        });
        Map<List<Object>, long[]> lifeTables = new HashMap<>();
        jdbc.query(SummarySql.lifeTables(Scope.cases()), ids, (ResultSet rs) -> {
            SummaryContribution.add(lifeTables, SummaryContribution.key(rs.getString(1), rs.getString(2), rs.getInt(3)),
                    new long[] {rs.getLong(4), rs.getLong(5)});
        });
        return new SummaryContribution(buckets, missing, lifeTables);
    }

    /** Adds {@code after - before} to the sums; rows whose counts fall to zero go, as a rebuild would not make them. */
    void apply(SummaryContribution before, SummaryContribution after) {
        SummaryContribution change = SummaryContribution.change(before, after);
        change.buckets().forEach(this::addToBucket);
        change.missing().forEach((key, counts) -> {
            MapSqlParameterSource row = new MapSqlParameterSource("center", key.get(0)).addValue("fields", key.get(1))
                    .addValue("patients", counts[0]);
            if (jdbc.queryForObject(ADD_MISSING, row, Long.class) == 0) {
                jdbc.update("delete from app.registry_summary_missing where center_id = :center and missing_fields = :fields",
                        row);
            }
        });
        change.lifeTables().forEach((key, counts) -> {
            MapSqlParameterSource row = new MapSqlParameterSource("center", key.get(0)).addValue("endpoint", key.get(1))
                    .addValue("days", key.get(2)).addValue("events", counts[0]).addValue("censored", counts[1]);
            if (jdbc.queryForObject(ADD_LIFE_TABLE, row, Long.class) == 0) {
                jdbc.update("delete from app.registry_life_table where center_id = :center and endpoint = :endpoint"
                        + " and days = :days", row);
            }
        });
    }

    private void addToBucket(List<Object> bucket, long[] counts) {
        MapSqlParameterSource row = new MapSqlParameterSource("center", bucket.get(0));
        String[] columns = {"organ", "histology", "modality", "intent"};
        for (int i = 0; i < columns.length; i++) {
            // typed: a null bucket value still compares as varchar
            row.addValue(columns[i], bucket.get(i + 1), Types.VARCHAR);
        }
        for (int i = 0; i < counts.length; i++) {
            row.addValue(MEASURES.get(i), counts[i]);
        }
        List<Long> patients = jdbc.query(ADD_TO_BUCKET, row, (rs, n) -> rs.getLong(1));
        if (patients.isEmpty()) {
            jdbc.update(NEW_BUCKET, row);
        } else if (patients.get(0) == 0) {
            // tumours and sessions count in their patient's bucket, so a bucket without patients has nothing left
            jdbc.update("delete from app.registry_summary" + BUCKET_MATCH + " and patients = 0", row);
        }
    }
}
