package org.ablationpath.outcomes.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The aggregates behind the dashboard's sums (V20), as SQL over the outcome rows of a scope: a set of cases (a
 * change's delta) or everything (the rebuild). One definition for both, so a delta is exactly the
 * difference two rebuilds would make.
 */
final class SummarySql {

    static final String BUCKET_COLUMNS = "center_id, organ, histology, modality, intent";
    private static final String BUCKET = "p.center_id, p.organ, p.histology, p.modality, p.intent";
    private static final String EVALUABLE = "p.technique_efficacy in ('COMPLETE','INCOMPLETE')";

    /** outcomes.md: the life tables kept per center. */
    static final String OS = "OS";
    static final String TUMOUR_TTLTP = "TUMOUR_TTLTP";

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
            // QI-11 counts decisions, every one of a case's (a rediscussion's too), not cases
            new Measure("board_decisions", Source.PATIENT, "sum(p.board_decisions)"),
            new Measure("board_concordant", Source.PATIENT, "sum(p.board_decisions - p.board_discordant)"),
            new Measure("board_discordant", Source.PATIENT, "sum(p.board_discordant)"),
            new Measure("tumours", Source.TUMOUR, "count(*)"),
            new Measure("tumour_technical_success", Source.TUMOUR, "count(*) filter (where t.technical_success)"),
            new Measure("tumour_technical_known", Source.TUMOUR, "count(t.technical_success)"),
            new Measure("tumour_efficacy_evaluable", Source.TUMOUR,
                    "count(*) filter (where t.technique_efficacy in ('COMPLETE','INCOMPLETE'))"),
            new Measure("tumour_primary_efficacy", Source.TUMOUR,
                    "count(*) filter (where t.primary_efficacy and t.technique_efficacy in ('COMPLETE','INCOMPLETE'))"),
            // OUT-04 cumulative, per tumour: evaluable tumours with primary or assisted technique efficacy
            new Measure("tumour_assisted_efficacy", Source.TUMOUR, "count(*) filter (where"
                    + " t.technique_efficacy in ('COMPLETE','INCOMPLETE') and (t.primary_efficacy or t.assisted_efficacy))"),
            new Measure("liver_sessions", Source.SESSION, "count(*) filter (where s.liver)"),
            new Measure("liver_major", Source.SESSION, "count(*) filter (where s.liver and s.major_complication)"),
            new Measure("liver_major_known", Source.SESSION, "count(s.major_complication) filter (where s.liver)"),
            new Measure("liver_deaths_30", Source.SESSION, "count(*) filter (where s.liver and s.thirty_day_death)"),
            new Measure("liver_hepatic_infection", Source.SESSION, "count(*) filter (where s.liver and s.hepatic_infection)"),
            new Measure("other_sessions", Source.SESSION, "count(*) filter (where not s.liver)"),
            new Measure("other_major", Source.SESSION, "count(*) filter (where not s.liver and s.major_complication)"),
            new Measure("other_major_known", Source.SESSION, "count(s.major_complication) filter (where not s.liver)"),
            new Measure("other_deaths_30", Source.SESSION, "count(*) filter (where not s.liver and s.thirty_day_death)"));

    /** The summed columns of registry_summary, in the order of {@link #summary}'s values. */
    static final List<String> MEASURE_COLUMNS = MEASURES.stream().map(Measure::column).toList();

    /**
     * Which outcome rows: those whose {@code column} is in the named parameter, or all. The filter is repeated on the
     * joined tumour or session rows so they are read by their own index.
     */
    record Scope(String column, String parameter) {

        static final Scope ALL = new Scope(null, null);

        static Scope cases() {
            return new Scope("case_id", "ids");
        }

        String patients() {
            return column == null ? "" : " where p." + column + " in (:" + parameter + ")";
        }

        String joined(String alias) {
            return column == null ? "" : patients() + " and " + alias + "." + column + " in (:" + parameter + ")";
        }

        /** {@code where} or {@code and}, whichever continues {@link #patients()}. */
        String and() {
            return column == null ? " where" : " and";
        }
    }

    private SummarySql() {
    }

    /** One row per bucket: {@link #BUCKET_COLUMNS}, then the {@link #MEASURE_COLUMNS}, from the three sources. */
    static String summary(Scope scope) {
        String sums = MEASURES.stream().map(m -> "sum(" + m.column() + ")").collect(Collectors.joining(", "));
        String parts = String.join(" union all ",
                part(Source.PATIENT, "app.outcome_patient p", scope.patients()),
                part(Source.TUMOUR, "app.outcome_tumour t join app.outcome_patient p on p.case_id = t.case_id",
                        scope.joined("t")),
                part(Source.SESSION, "app.outcome_session s join app.outcome_patient p on p.case_id = s.case_id",
                        scope.joined("s")));
        return "select " + BUCKET_COLUMNS + ", " + sums + " from (" + parts + ") x group by " + BUCKET_COLUMNS;
    }

    /** A source's per-bucket aggregates, zero in the other sources' columns. */
    private static String part(Source source, String from, String where) {
        String values = MEASURES.stream()
                .map(m -> (m.source() == source ? "coalesce(" + m.aggregate() + ", 0)" : "0") + " as " + m.column())
                .collect(Collectors.joining(", "));
        return "select " + BUCKET + ", " + values + " from " + from + where + " group by " + BUCKET;
    }

    /** center_id, missing_fields, patients. */
    static String missing(Scope scope) {
        return "select p.center_id, p.missing_fields, count(*) from app.outcome_patient p" + scope.patients() + scope.and()
                + " p.missing_fields is not null group by p.center_id, p.missing_fields";
    }

    /** center_id, endpoint, days, events, censored: OS per patient and time to LTP per tumour. */
    static String lifeTables(Scope scope) {
        return "select p.center_id, '" + OS + "', p.os_days, count(*) filter (where p.os_event),"
                + " count(*) filter (where not p.os_event) from app.outcome_patient p" + scope.patients()
                + " group by p.center_id, p.os_days"
                + " union all select p.center_id, '" + TUMOUR_TTLTP + "', t.ttltp_days, count(*) filter (where t.ttltp_event),"
                + " count(*) filter (where not t.ttltp_event) from app.outcome_tumour t join app.outcome_patient p"
                + " on p.case_id = t.case_id" + scope.joined("t") + " group by p.center_id, t.ttltp_days";
    }
}
