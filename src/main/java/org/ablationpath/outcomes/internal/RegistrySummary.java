package org.ablationpath.outcomes.internal;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Rebuilds the dashboard's pre-aggregated sums (V20) of some centers, or of all, from their stored outcome rows. Called
 * by OutcomeStore in the transaction that wrote the rows, so the sums commit with the rows they summarize.
 */
@Repository
class RegistrySummary {

    /** Serializes rebuilds: taken after the outcome rows were written, so a waiting rebuild sees the other's commit. */
    private static final long LOCK = 0x5245_4753_554dL;
    private static final String BUCKET = "p.center_id, p.organ, p.histology, p.modality, p.intent";
    private static final String EVALUABLE = "p.technique_efficacy in ('COMPLETE','INCOMPLETE')";

    private enum Source { PATIENT, TUMOUR, SESSION }

    /** A summed column and the aggregate producing it from its source rows. */
    private record Measure(String column, Source source, String aggregate) {
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure("patients", Source.PATIENT, "count(*)"),
            new Measure("technical_success", Source.PATIENT, "count(*) filter (where p.technical_success)"),
            new Measure("technical_success_known", Source.PATIENT, "count(p.technical_success)"),
            new Measure("efficacy_evaluable", Source.PATIENT, "count(*) filter (where " + EVALUABLE + ")"),
            new Measure("primary_efficacy", Source.PATIENT, "count(*) filter (where " + EVALUABLE + " and p.primary_efficacy)"),
            new Measure("assisted_efficacy", Source.PATIENT,
                    "count(*) filter (where " + EVALUABLE + " and (p.primary_efficacy or p.assisted_efficacy))"),
            new Measure("secondary_efficacy", Source.PATIENT, "count(*) filter (where p.secondary_efficacy)"),
            new Measure("ltp", Source.PATIENT, "count(p.ltp_date)"),
            new Measure("never_disease_free", Source.PATIENT, "count(*) filter (where p.dfs_excluded)"),
            new Measure("thirty_day_mortality", Source.PATIENT, "count(*) filter (where p.thirty_day_mortality)"),
            new Measure("deaths", Source.PATIENT, "count(*) filter (where p.os_event)"),
            new Measure("procedure_related_deaths", Source.PATIENT, "count(*) filter (where p.procedure_related_death)"),
            new Measure("mdt_before", Source.PATIENT, "count(*) filter (where p.mdt_before_first_session)"),
            new Measure("imaging_due", Source.PATIENT, "count(*) filter (where p.response_imaging_due)"),
            new Measure("imaging_in_window", Source.PATIENT, "count(*) filter (where p.response_imaging_in_window)"),
            new Measure("visits_due", Source.PATIENT, "sum(p.visits_due)"),
            new Measure("visits_in_window", Source.PATIENT, "sum(p.visits_in_window)"),
            new Measure("visits_missed", Source.PATIENT, "sum(p.visits_missed)"),
            new Measure("with_missing_fields", Source.PATIENT, "count(p.missing_fields)"),
            new Measure("board_decisions", Source.PATIENT, "count(p.board_concordant)"),
            new Measure("board_concordant", Source.PATIENT, "count(*) filter (where p.board_concordant)"),
            new Measure("board_discordant", Source.PATIENT, "count(*) filter (where p.board_concordant = false)"),
            new Measure("tumours", Source.TUMOUR, "count(*)"),
            new Measure("tumour_technical_success", Source.TUMOUR, "count(*) filter (where t.technical_success)"),
            new Measure("tumour_technical_known", Source.TUMOUR, "count(t.technical_success)"),
            new Measure("tumour_efficacy_evaluable", Source.TUMOUR,
                    "count(*) filter (where t.technique_efficacy in ('COMPLETE','INCOMPLETE'))"),
            new Measure("tumour_primary_efficacy", Source.TUMOUR,
                    "count(*) filter (where t.primary_efficacy and t.technique_efficacy in ('COMPLETE','INCOMPLETE'))"),
            new Measure("liver_sessions", Source.SESSION, "count(*) filter (where s.liver)"),
            new Measure("liver_major", Source.SESSION, "count(*) filter (where s.liver and s.major_complication)"),
            new Measure("liver_major_known", Source.SESSION, "count(s.major_complication) filter (where s.liver)"),
            new Measure("liver_deaths_30", Source.SESSION, "count(*) filter (where s.liver and s.thirty_day_death)"),
            new Measure("liver_hepatic_infection", Source.SESSION, "count(*) filter (where s.liver and s.hepatic_infection)"),
            new Measure("other_sessions", Source.SESSION, "count(*) filter (where not s.liver)"),
            new Measure("other_major", Source.SESSION, "count(*) filter (where not s.liver and s.major_complication)"),
            new Measure("other_major_known", Source.SESSION, "count(s.major_complication) filter (where not s.liver)"),
            new Measure("other_deaths_30", Source.SESSION, "count(*) filter (where not s.liver and s.thirty_day_death)"));

    private final NamedParameterJdbcTemplate jdbc;

    RegistrySummary(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Rebuilds the sums of these centers (those whose outcome rows were just written or deleted). */
    void refresh(Collection<String> centers) {
        if (centers.isEmpty()) {
            return;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("centers", new TreeSet<>(centers));
        rebuild(" where center_id in (:centers)", " where p.center_id in (:centers)", params);
    }

    /**
     * The patient filter, repeated on the joined tumour or session rows (the store writes the patient's center on
     * them) so a one-center rebuild reads that center's rows by index instead of scanning all of them.
     */
    private static String joined(String wherePatient, String alias) {
        return wherePatient.isEmpty() ? "" : wherePatient + " and " + alias + ".center_id in (:centers)";
    }

    /** Rebuilds every center's sums (after the full recompute, or a bulk load). */
    void refreshAll() {
        rebuild("", "", new MapSqlParameterSource());
    }

    private void rebuild(String whereSummary, String wherePatient, MapSqlParameterSource params) {
        jdbc.getJdbcTemplate().queryForList("select pg_advisory_xact_lock(" + LOCK + ")");
        for (String table : List.of("registry_summary", "registry_summary_missing", "registry_life_table")) {
            jdbc.update("delete from app." + table + whereSummary, params);
        }
        jdbc.update(summarySql(wherePatient), params);
        jdbc.update("insert into app.registry_summary_missing (center_id, missing_fields, patients)"
                + " select p.center_id, p.missing_fields, count(*) from app.outcome_patient p" + wherePatient
                + (wherePatient.isEmpty() ? " where" : " and") + " p.missing_fields is not null"
                + " group by p.center_id, p.missing_fields", params);
        jdbc.update("insert into app.registry_life_table (center_id, endpoint, days, events, censored)"
                + " select p.center_id, '" + LifeTable.OS + "', p.os_days, count(*) filter (where p.os_event),"
                + " count(*) filter (where not p.os_event) from app.outcome_patient p" + wherePatient
                + " group by p.center_id, p.os_days", params);
        jdbc.update("insert into app.registry_life_table (center_id, endpoint, days, events, censored)"
                + " select p.center_id, '" + LifeTable.TUMOUR_TTLTP + "', t.ttltp_days, count(*) filter (where t.ttltp_event),"
                + " count(*) filter (where not t.ttltp_event) from app.outcome_tumour t join app.outcome_patient p"
                + " on p.case_id = t.case_id" + joined(wherePatient, "t") + " group by p.center_id, t.ttltp_days", params);
    }

    /** One insert: the three sources' per-bucket aggregates, each zero in the others' columns, summed per bucket. */
    private static String summarySql(String wherePatient) {
        String columns = MEASURES.stream().map(Measure::column).collect(Collectors.joining(", "));
        String sums = MEASURES.stream().map(m -> "sum(" + m.column() + ")").collect(Collectors.joining(", "));
        String parts = String.join(" union all ",
                part(Source.PATIENT, "app.outcome_patient p", wherePatient),
                part(Source.TUMOUR, "app.outcome_tumour t join app.outcome_patient p on p.case_id = t.case_id",
                        joined(wherePatient, "t")),
                part(Source.SESSION, "app.outcome_session s join app.outcome_patient p on p.case_id = s.case_id",
                        joined(wherePatient, "s")));
        return "insert into app.registry_summary (center_id, organ, histology, modality, intent, " + columns + ")"
                + " select center_id, organ, histology, modality, intent, " + sums + " from (" + parts + ") x"
                + " group by center_id, organ, histology, modality, intent";
    }

    private static String part(Source source, String from, String wherePatient) {
        String values = MEASURES.stream()
                .map(m -> (m.source() == source ? "coalesce(" + m.aggregate() + ", 0)" : "0") + " as " + m.column())
                .collect(Collectors.joining(", "));
        return "select " + BUCKET + ", " + values + " from " + from + wherePatient + " group by " + BUCKET;
    }

    /** The endpoints kept as life tables. */
    static final class LifeTable {
        static final String OS = "OS";
        static final String TUMOUR_TTLTP = "TUMOUR_TTLTP";

        private LifeTable() {
        }
    }
}
