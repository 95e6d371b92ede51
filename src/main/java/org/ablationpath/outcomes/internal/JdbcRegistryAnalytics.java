package org.ablationpath.outcomes.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ablationpath.eligibility.EvaluationReviews;
import org.ablationpath.identity.Roles;
import org.ablationpath.outcomes.Cohort;
import org.ablationpath.outcomes.KaplanMeier;
import org.ablationpath.outcomes.QualityIndicator;
import org.ablationpath.outcomes.RegistryAnalytics;
import org.ablationpath.outcomes.SurvivalCurve;
import org.ablationpath.outcomes.SurvivalEndpoint;
import org.ablationpath.outcomes.TimeToEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's aggregates as SQL over the stored outcome rows; only the Kaplan-Meier curves are computed in Java
 * from (days, event) pairs read in time order. A cohort filtered by centers only (the dashboard's default: every
 * center) is answered from the per-center sums and life tables of V20 (RegistrySummary), kept in step with the rows;
 * other filters aggregate the rows live. Either way the numbers are the same.
 */
@Service
@Transactional(readOnly = true)
@Secured({"ROLE_" + Roles.DATA_MANAGER, "ROLE_" + Roles.ADMIN})
@EnableConfigurationProperties(QualityThresholds.class)
class JdbcRegistryAnalytics implements RegistryAnalytics {

    /** Numbers at risk are shown at these months. */
    static final int[] AT_RISK_MONTHS = {0, 6, 12, 24, 36, 48, 60};
    static final Set<String> GROUPINGS = Set.of("center", "modality", "organ", "none");
    private static final String TUMOUR_EVALUABLE = "t.technique_efficacy in ('COMPLETE','INCOMPLETE')";

    private final NamedParameterJdbcTemplate jdbc;
    private final QualityThresholds thresholds;
    private final EvaluationReviews reviews;
    private final Clock clock;
    private final boolean useSummary;

    @org.springframework.beans.factory.annotation.Autowired
    JdbcRegistryAnalytics(NamedParameterJdbcTemplate jdbc, QualityThresholds thresholds, EvaluationReviews reviews,
                          Clock clock) {
        this(jdbc, thresholds, reviews, clock, true);
    }

    /** With useSummary false every cohort aggregates the rows live (the benchmark's and the tests' reference). */
    JdbcRegistryAnalytics(NamedParameterJdbcTemplate jdbc, QualityThresholds thresholds, EvaluationReviews reviews,
                          Clock clock, boolean useSummary) {
        this.jdbc = jdbc;
        this.thresholds = thresholds;
        this.reviews = reviews;
        this.clock = clock;
        this.useSummary = useSummary;
    }

    /** True when the cohort filters by centers at most, so the V20 sums answer it. */
    private boolean summarized(Cohort c) {
        return useSummary && blank(c.organ()) && blank(c.histology()) && blank(c.modality()) && blank(c.intent())
                && c.from() == null && c.to() == null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The center filter over table alias a (empty when every center). */
    private static String centers(Cohort c, String alias, MapSqlParameterSource params, String keyword) {
        if (c.centers().isEmpty()) {
            return "";
        }
        params.addValue("centers", c.centers());
        return " " + keyword + " " + alias + ".center_id in (:centers)";
    }

    /** A WHERE clause over outcome_patient p for the cohort. */
    private static String where(Cohort c, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (!c.centers().isEmpty()) {
            sql.append(" and p.center_id in (:centers)");
            params.addValue("centers", c.centers());
        }
        add(sql, params, "organ", c.organ());
        add(sql, params, "histology", c.histology());
        add(sql, params, "modality", c.modality());
        add(sql, params, "intent", c.intent());
        if (c.from() != null) {
            sql.append(" and p.start_date >= :from");
            params.addValue("from", Date.valueOf(c.from()));
        }
        if (c.to() != null) {
            sql.append(" and p.start_date <= :to");
            params.addValue("to", Date.valueOf(c.to()));
        }
        return sql.toString();
    }

    private static void add(StringBuilder sql, MapSqlParameterSource params, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" and p.").append(column).append(" = :").append(column);
            params.addValue(column, value);
        }
    }

    private static String groupColumn(String by) {
        return switch (by == null ? "none" : by) {
            case "center" -> "p.center_id";
            case "modality" -> "coalesce(p.modality, '?')";
            case "organ" -> "coalesce(p.organ, '?')";
            default -> "'ALL'";
        };
    }

    @Override
    public List<OutcomeSummary> outcomes(Cohort cohort, String by) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String group = groupColumn(by);
        if (summarized(cohort)) {
            // the same numeric expressions as the live query: count x 100.0 / count
            String sql = "select " + group.replace("p.", "s.") + " as grp, sum(s.patients) as patients, sum(s.tumours) as tumours,"
                    + " sum(s.tumour_technical_success) * 100.0 / nullif(sum(s.tumour_technical_known), 0) as ts,"
                    + " sum(s.tumour_primary_efficacy) * 100.0 / nullif(sum(s.tumour_efficacy_evaluable), 0) as pte,"
                    + " sum(s.tumour_assisted_efficacy) * 100.0 / nullif(sum(s.tumour_efficacy_evaluable), 0) as ate,"
                    + " sum(s.secondary_efficacy) as ste, sum(s.ltp) as ltp, sum(s.never_disease_free) as ndf,"
                    + " sum(s.thirty_day_mortality) * 100.0 / sum(s.patients) as m30, sum(s.deaths) as deaths,"
                    + " sum(s.procedure_related_deaths) as prd from app.registry_summary s"
                    + centers(cohort, "s", params, "where") + " group by grp order by grp";
            return jdbc.query(sql, params, this::summaryRow);
        }
        // OUT-01, OUT-03, OUT-04 are tumour-level: the rates count each patient's tumours (as QI-02 and QI-05 do)
        String sql = "select " + group + " as grp, count(*) as patients, sum(t.tumours) as tumours,"
                + " sum(t.success) * 100.0 / nullif(sum(t.success_known), 0) as ts,"
                + " sum(t.primary_efficacy) * 100.0 / nullif(sum(t.evaluable), 0) as pte,"
                + " sum(t.assisted_efficacy) * 100.0 / nullif(sum(t.evaluable), 0) as ate,"
                + " count(*) filter (where p.secondary_efficacy) as ste, count(p.ltp_date) as ltp,"
                + " count(*) filter (where p.dfs_excluded) as ndf, avg(case when p.thirty_day_mortality then 100.0 else 0 end) as m30,"
                + " count(*) filter (where p.os_event) as deaths, count(*) filter (where p.procedure_related_death) as prd"
                + " from app.outcome_patient p cross join lateral (select count(*) as tumours,"
                + " count(*) filter (where t.technical_success) as success, count(t.technical_success) as success_known,"
                + " count(*) filter (where " + TUMOUR_EVALUABLE + ") as evaluable,"
                + " count(*) filter (where " + TUMOUR_EVALUABLE + " and t.primary_efficacy) as primary_efficacy,"
                + " count(*) filter (where " + TUMOUR_EVALUABLE + " and (t.primary_efficacy or t.assisted_efficacy))"
                + " as assisted_efficacy from app.outcome_tumour t where t.case_id = p.case_id) t"
                + where(cohort, params) + " group by grp order by grp";
        return jdbc.query(sql, params, this::summaryRow);
    }

    private OutcomeSummary summaryRow(ResultSet rs, int row) throws SQLException {
        return new OutcomeSummary(rs.getString("grp"), rs.getLong("patients"), rs.getLong("tumours"), num(rs, "ts"),
                num(rs, "pte"), num(rs, "ate"), rs.getLong("ste"), rs.getLong("ltp"), rs.getLong("ndf"), num(rs, "m30"),
                rs.getLong("deaths"), rs.getLong("prd"));
    }

    private static final String MAJOR_NOTE = "major complication: an adverse event of the session classified CIRSE 2017 >= 3"
            + " or SIR 2003 C-F (safety.md 4.4); one not yet classified counts as none";
    private static final String QI10_NOTE =
            "report only: timer compliance is reported by the pathway's deviations, not the registry rows";

    @Override
    public List<QualityIndicator> qualityIndicators(Cohort cohort) {
        if (summarized(cohort)) {
            return summaryIndicators(cohort);
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(cohort, params);
        params.addValue("yearAgo", Date.valueOf(LocalDate.now(clock).minusYears(1)));
        String patient = "select p.center_id, %s as num, %s as den from app.outcome_patient p" + where
                + " group by p.center_id order by p.center_id";
        String tumour = "select p.center_id, %s as num, %s as den from app.outcome_tumour t join app.outcome_patient p on p.case_id = t.case_id"
                + where + " group by p.center_id order by p.center_id";
        String session = "select p.center_id, %s as num, %s as den from app.outcome_session s join app.outcome_patient p on p.case_id = s.case_id"
                + where + " %s group by p.center_id order by p.center_id";
        List<QualityIndicator> result = new ArrayList<>();
        proportion(result, "QI-01", null, "QI-01", patient.formatted(
                "count(*) filter (where p.mdt_before_first_session)", "count(*)"), params, null);
        proportion(result, "QI-02", null, "QI-02", tumour.formatted(
                "count(*) filter (where t.technical_success)", "count(t.technical_success)"), params, null);
        proportion(result, "QI-03", "LIVER", "QI-03-LIVER", session.formatted(
                "count(*) filter (where s.major_complication)", "count(s.major_complication)", "and s.liver"), params,
                MAJOR_NOTE);
        proportion(result, "QI-03", "OTHER", "QI-03-OTHER", session.formatted(
                "count(*) filter (where s.major_complication)", "count(s.major_complication)", "and not s.liver"), params,
                MAJOR_NOTE);
        proportion(result, "QI-04", "LIVER", "QI-04-LIVER", session.formatted(
                "count(*) filter (where s.thirty_day_death)", "count(*)", "and s.liver"), params, null);
        proportion(result, "QI-04", "OTHER", "QI-04-OTHER", session.formatted(
                "count(*) filter (where s.thirty_day_death)", "count(*)", "and not s.liver"), params, null);
        proportion(result, "QI-05", null, "QI-05", tumour.formatted(
                "count(*) filter (where t.primary_efficacy and t.technique_efficacy in ('COMPLETE','INCOMPLETE'))",
                "count(*) filter (where t.technique_efficacy in ('COMPLETE','INCOMPLETE'))"), params, null);
        MapSqlParameterSource ltpParams = new MapSqlParameterSource();
        ltpAtTwoYears(result, series("select p.center_id, t.ttltp_days, t.ttltp_event from app.outcome_tumour t"
                + " join app.outcome_patient p on p.case_id = t.case_id" + where(cohort, ltpParams)
                + " order by p.center_id, t.ttltp_days", ltpParams));
        proportion(result, "QI-07", null, "QI-07", patient.formatted(
                "count(*) filter (where p.response_imaging_in_window)", "count(*) filter (where p.response_imaging_due)"),
                params, "per first session of the case");
        proportion(result, "QI-08", null, "QI-08", patient.formatted("sum(p.visits_in_window)", "sum(p.visits_due)"),
                params, null);
        proportion(result, "QI-09", null, "QI-09", patient.formatted(
                "count(*) filter (where p.missing_fields is null)", "count(*)"), params, null);
        for (String center : centers(cohort)) {
            result.add(new QualityIndicator("QI-10", null, center, 0, 0, null, null, null, null, null, QI10_NOTE));
        }
        proportion(result, "QI-11", null, "QI-11", patient.formatted(
                "sum(p.board_discordant)", "sum(p.board_decisions)"), params,
                "report only: review if above the level");
        proportion(result, "QI-12", "LIVER", "QI-12", session.formatted(
                "count(*) filter (where s.hepatic_infection)", "count(*)", "and s.liver"), params, null);
        volume(result, session.formatted("count(*)", "1", "and s.session_date > :yearAgo"), params);
        return result;
    }

    /** The same indicators from the V20 sums; QI-13 (moves with today) reads the session date index live. */
    private List<QualityIndicator> summaryIndicators(Cohort cohort) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String filter = centers(cohort, "s", params, "where");
        List<Sums> sums = jdbc.query("select s.center_id, " + SUMMED + " from app.registry_summary s" + filter
                + " group by s.center_id order by s.center_id", params, (rs, i) -> Sums.of(rs));
        List<QualityIndicator> result = new ArrayList<>();
        fromSums(result, "QI-01", null, "QI-01", sums, "patients", "mdt_before", "patients", null);
        fromSums(result, "QI-02", null, "QI-02", sums, "tumours", "tumour_technical_success", "tumour_technical_known", null);
        fromSums(result, "QI-03", "LIVER", "QI-03-LIVER", sums, "liver_sessions", "liver_major", "liver_major_known", MAJOR_NOTE);
        fromSums(result, "QI-03", "OTHER", "QI-03-OTHER", sums, "other_sessions", "other_major", "other_major_known", MAJOR_NOTE);
        fromSums(result, "QI-04", "LIVER", "QI-04-LIVER", sums, "liver_sessions", "liver_deaths_30", "liver_sessions", null);
        fromSums(result, "QI-04", "OTHER", "QI-04-OTHER", sums, "other_sessions", "other_deaths_30", "other_sessions", null);
        fromSums(result, "QI-05", null, "QI-05", sums, "tumours", "tumour_primary_efficacy", "tumour_efficacy_evaluable", null);
        ltpAtTwoYears(result, lifeTables(SummarySql.TUMOUR_TTLTP, "l.center_id", cohort));
        fromSums(result, "QI-07", null, "QI-07", sums, "patients", "imaging_in_window", "imaging_due",
                "per first session of the case");
        fromSums(result, "QI-08", null, "QI-08", sums, "patients", "visits_in_window", "visits_due", null);
        for (Sums s : sums) {
            add(result, "QI-09", null, "QI-09", s.center(), s.get("patients") - s.get("with_missing_fields"),
                    s.get("patients"), null);
        }
        for (Sums s : sums) {
            result.add(new QualityIndicator("QI-10", null, s.center(), 0, 0, null, null, null, null, null, QI10_NOTE));
        }
        fromSums(result, "QI-11", null, "QI-11", sums, "patients", "board_discordant", "board_decisions",
                "report only: review if above the level");
        fromSums(result, "QI-12", "LIVER", "QI-12", sums, "liver_sessions", "liver_hepatic_infection", "liver_sessions", null);
        MapSqlParameterSource recent = new MapSqlParameterSource("yearAgo", Date.valueOf(LocalDate.now(clock).minusYears(1)));
        volume(result, "select s.center_id, count(*) as num, 1 as den from app.outcome_session s"
                + " where s.session_date > :yearAgo" + centers(cohort, "s", recent, "and")
                + " group by s.center_id order by s.center_id", recent);
        return result;
    }

    /** QI-13: sessions in the last 12 months per center against the volume level. */
    private void volume(List<QualityIndicator> into, String sql, MapSqlParameterSource params) {
        QualityThresholds.Threshold volume = thresholds.of("QI-13");
        jdbc.query(sql, params, rs -> {
            long count = rs.getLong("num");
            into.add(new QualityIndicator("QI-13", null, rs.getString(1), count, 0, (double) count, null, null,
                    volume == null ? null : volume.text(" / year"), volume == null ? null : volume.alert(count),
                    "sessions in the last 12 months; information only"));
        });
    }

    private void proportion(List<QualityIndicator> into, String id, String scope, String key, String sql,
                            MapSqlParameterSource params, String note) {
        jdbc.query(sql, params, rs -> {
            add(into, id, scope, key, rs.getString(1), rs.getLong("num"), rs.getLong("den"), note);
        });
    }

    /** One proportion per center that has rows of the indicator's kind (rowsColumn above zero). */
    private void fromSums(List<QualityIndicator> into, String id, String scope, String key, List<Sums> sums,
                          String rowsColumn, String numColumn, String denColumn, String note) {
        for (Sums s : sums) {
            if (s.get(rowsColumn) > 0) {
                add(into, id, scope, key, s.center(), s.get(numColumn), s.get(denColumn), note);
            }
        }
    }

    private void add(List<QualityIndicator> into, String id, String scope, String key, String center, long num, long den,
                     String note) {
        QualityThresholds.Threshold threshold = thresholds.of(key);
        Double rate = den == 0 ? null : 100.0 * num / den;
        double[] ci = ClopperPearson.interval(num, den);
        into.add(new QualityIndicator(id, scope, center, num, den, rate, den == 0 ? null : 100 * ci[0],
                den == 0 ? null : 100 * ci[1], threshold == null ? null : threshold.text(" %"),
                threshold == null || rate == null ? null : threshold.alert(rate), note));
    }

    /** QI-06, report only: 1 - KM LTP-free at 24 months per tumour (death censors; no competing-risk correction). */
    private void ltpAtTwoYears(List<QualityIndicator> into, Map<String, Series> perCenter) {
        new TreeMap<>(perCenter).forEach((center, s) -> {
            KaplanMeier.Curve curve = s.curve();
            KaplanMeier.Step step = curve.stepAt(730);
            double incidence = 100 * (1 - (step == null ? 1.0 : step.survival()));
            into.add(new QualityIndicator("QI-06", null, center, curve.events(), curve.subjects(), incidence,
                    step == null ? 0.0 : 100 * (1 - step.upper()), step == null ? 0.0 : 100 * (1 - step.lower()), null,
                    null, "report only: 1 - Kaplan-Meier at 24 months per tumour"));
        });
    }

    /** (days, event) rows in group and time order: group, days, event. */
    private Map<String, Series> series(String sql, MapSqlParameterSource params) {
        Map<String, Series> groups = new LinkedHashMap<>();
        jdbc.query(sql, params, rs -> {
            groups.computeIfAbsent(rs.getString(1), k -> new Series()).add(rs.getInt(2), rs.getBoolean(3));
        });
        return groups;
    }

    /** A V20 life table summed over the cohort's centers per group (a column of l, or a constant) in time order. */
    private Map<String, Series> lifeTables(String endpoint, String group, Cohort cohort) {
        MapSqlParameterSource params = new MapSqlParameterSource("endpoint", endpoint);
        String sql = "select " + group + " as grp, l.days, sum(l.events) as events, sum(l.censored) as censored"
                + " from app.registry_life_table l where l.endpoint = :endpoint" + centers(cohort, "l", params, "and")
                + " group by grp, l.days order by grp, l.days";
        Map<String, Series> groups = new LinkedHashMap<>();
        jdbc.query(sql, params, rs -> {
            Series series = groups.computeIfAbsent(rs.getString(1), k -> new Series());
            series.add(rs.getInt(2), true, rs.getInt(3));
            series.add(rs.getInt(2), false, rs.getInt(4));
        });
        return groups;
    }

    private List<String> centers(Cohort cohort) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (summarized(cohort)) {
            return jdbc.queryForList("select distinct s.center_id from app.registry_summary s"
                    + centers(cohort, "s", params, "where") + " order by 1", params, String.class);
        }
        return jdbc.queryForList("select distinct p.center_id from app.outcome_patient p" + where(cohort, params)
                + " order by 1", params, String.class);
    }

    @Override
    public List<SurvivalCurve> survival(SurvivalEndpoint endpoint, String by, Cohort cohort) {
        Map<String, Series> groups;
        String grouping = by == null ? "none" : by;
        if (endpoint == SurvivalEndpoint.OS && summarized(cohort) && (grouping.equals("none") || grouping.equals("center"))) {
            groups = lifeTables(SummarySql.OS, grouping.equals("center") ? "l.center_id" : "'ALL'", cohort);
        } else {
            MapSqlParameterSource params = new MapSqlParameterSource();
            String days = "p." + endpoint.column() + "_days";
            String event = "p." + endpoint.column() + "_event";
            groups = series("select " + groupColumn(by) + " as grp, " + days + ", " + event + " from app.outcome_patient p"
                    + where(cohort, params) + (endpoint == SurvivalEndpoint.DFS ? " and not p.dfs_excluded" : "")
                    + " order by grp, " + days, params);
        }
        List<SurvivalCurve> curves = new ArrayList<>(groups.size());
        groups.forEach((group, series) -> curves.add(curve(group, series.curve())));
        return curves;
    }

    static SurvivalCurve curve(String group, KaplanMeier.Curve km) {
        List<SurvivalCurve.Point> points = new ArrayList<>(km.steps().size() + 1);
        points.add(new SurvivalCurve.Point(0, 1, 1, 1));
        for (KaplanMeier.Step step : km.steps()) {
            points.add(new SurvivalCurve.Point(months(step.days()), step.survival(), step.lower(), step.upper()));
        }
        long[] times = km.sortedTimes();
        if (times.length > 0) {
            // the curve runs on to the last follow-up, not only to the last event
            SurvivalCurve.Point last = points.get(points.size() - 1);
            double end = months(times[times.length - 1]);
            if (end > last.months()) {
                points.add(new SurvivalCurve.Point(end, last.survival(), last.lower(), last.upper()));
            }
        }
        List<SurvivalCurve.AtRisk> atRisk = new ArrayList<>();
        for (int month : AT_RISK_MONTHS) {
            atRisk.add(new SurvivalCurve.AtRisk(month, km.atRisk(Math.round(month * TimeToEvent.DAYS_PER_MONTH.doubleValue()))));
        }
        Long median = km.median();
        return new SurvivalCurve(group, km.subjects(), km.events(), points, atRisk, median == null ? null : months(median));
    }

    private static double months(long days) {
        return Math.round(days / TimeToEvent.DAYS_PER_MONTH.doubleValue() * 100) / 100.0;
    }

    @Override
    public List<CenterCompleteness> completeness(Cohort cohort) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        params.addValue("yearAgo", Date.valueOf(LocalDate.now(clock).minusYears(1)));
        if (summarized(cohort)) {
            // ascertained = dead + alive with a contact in the last 12 months (moves with today: live, on its index);
            // most often missing as mode() picks it: the highest count, ties to the first in sort order
            String sql = "with s as (select s.center_id, sum(s.patients) as patients, sum(s.with_missing_fields) as missing,"
                    + " sum(s.deaths) as deaths, sum(s.visits_due) as due, sum(s.visits_in_window) as inw,"
                    + " sum(s.visits_missed) as missed from app.registry_summary s" + centers(cohort, "s", params, "where")
                    + " group by s.center_id),"
                    + " recent as (select p.center_id, count(*) as alive from app.outcome_patient p where not p.os_event"
                    + " and (p.start_date + p.os_days) >= :yearAgo" + centers(cohort, "p", params, "and")
                    + " group by p.center_id),"
                    + " often as (select distinct on (m.center_id) m.center_id, m.missing_fields from app.registry_summary_missing m"
                    + centers(cohort, "m", params, "where") + " order by m.center_id, m.patients desc, m.missing_fields)"
                    + " select s.center_id, s.patients, s.missing, o.missing_fields as often, s.due, s.inw, s.missed,"
                    + " (s.deaths + coalesce(r.alive, 0)) * 100.0 / s.patients as asc_pct from s"
                    + " left join recent r on r.center_id = s.center_id left join often o on o.center_id = s.center_id"
                    + " order by s.center_id";
            return jdbc.query(sql, params, this::completenessRow);
        }
        String sql = "select p.center_id, count(*) as patients, count(p.missing_fields) as missing,"
                + " mode() within group (order by p.missing_fields) as often,"
                + " sum(p.visits_due) as due, sum(p.visits_in_window) as inw, sum(p.visits_missed) as missed,"
                + " avg(case when p.os_event or p.start_date + p.os_days >= :yearAgo then 100.0 else 0 end) as asc_pct"
                + " from app.outcome_patient p" + where(cohort, params) + " group by p.center_id order by p.center_id";
        return jdbc.query(sql, params, this::completenessRow);
    }

    private CenterCompleteness completenessRow(ResultSet rs, int row) throws SQLException {
        return new CenterCompleteness(rs.getString(1), rs.getLong("patients"), rs.getLong("missing"),
                rs.getString("often"), rs.getLong("due"), rs.getLong("inw"), rs.getLong("missed"), num(rs, "asc_pct"));
    }

    @Override
    public Concordance concordance(Cohort cohort) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = summarized(cohort)
                ? "select s.center_id, sum(s.board_decisions) as decisions, sum(s.board_concordant) as concordant"
                        + " from app.registry_summary s" + centers(cohort, "s", params, "where")
                        + " group by s.center_id order by s.center_id"
                : "select p.center_id, sum(p.board_decisions) as decisions,"
                        + " sum(p.board_decisions - p.board_discordant) as concordant from app.outcome_patient p"
                        + where(cohort, params) + " group by p.center_id order by p.center_id";
        List<CenterConcordance> centers = jdbc.query(sql, params, (rs, i) -> {
            long decisions = rs.getLong("decisions");
            long concordant = rs.getLong("concordant");
            return new CenterConcordance(rs.getString(1), decisions, concordant,
                    decisions == 0 ? null : 100.0 * (decisions - concordant) / decisions);
        });
        List<RuleOverride> rules = reviews.overrideStatistics().stream()
                .map(s -> new RuleOverride(s.ruleId(), s.fired(), s.reviewed(), s.overrides(), s.overrideRate()))
                .toList();
        return new Concordance(centers, rules);
    }

    @Override
    public Map<String, List<String>> filterValues() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String column : List.of("center_id", "organ", "histology", "modality", "intent")) {
            values.put(column.equals("center_id") ? "center" : column, jdbc.getJdbcTemplate().queryForList(
                    "select distinct " + column + " from app." + (useSummary ? "registry_summary" : "outcome_patient")
                            + " where " + column + " is not null order by 1", String.class));
        }
        return values;
    }

    private static Double num(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** (days, event) pairs arriving in ascending time order. */
    private static final class Series {
        private long[] days = new long[64];
        private boolean[] events = new boolean[64];
        private int size;

        void add(long day, boolean event) {
            add(day, event, 1);
        }

        /** count subjects with the same time and outcome (a life table row). */
        void add(long day, boolean event, int count) {
            while (size + count > days.length) {
                days = Arrays.copyOf(days, days.length * 2);
                events = Arrays.copyOf(events, events.length * 2);
            }
            Arrays.fill(days, size, size + count, day);
            Arrays.fill(events, size, size + count, event);
            size += count;
        }

        KaplanMeier.Curve curve() {
            return KaplanMeier.estimate(Arrays.copyOf(days, size), Arrays.copyOf(events, size));
        }
    }

    /** The summed V20 columns of one center. */
    private static final String SUMMED = String.join(", ", List.of("patients", "mdt_before", "tumours",
            "tumour_technical_success", "tumour_technical_known", "tumour_efficacy_evaluable", "tumour_primary_efficacy",
            "liver_sessions", "liver_major", "liver_major_known", "liver_deaths_30", "liver_hepatic_infection",
            "other_sessions", "other_major", "other_major_known", "other_deaths_30", "imaging_due", "imaging_in_window",
            "visits_due", "visits_in_window", "with_missing_fields", "board_decisions", "board_discordant").stream()
            .map(c -> "sum(s." + c + ") as " + c).toList());

    private record Sums(String center, Map<String, Long> values) {

        static Sums of(ResultSet rs) throws SQLException {
            Map<String, Long> values = new java.util.HashMap<>();
            java.sql.ResultSetMetaData meta = rs.getMetaData();
            for (int c = 2; c <= meta.getColumnCount(); c++) {
                values.put(meta.getColumnLabel(c), rs.getLong(c));
            }
            return new Sums(rs.getString(1), values);
        }

        long get(String column) {
            return values.get(column);
        }
    }
}
