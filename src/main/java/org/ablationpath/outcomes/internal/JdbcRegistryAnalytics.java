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
 * from (days, event) pairs read in time order.
 */
@Service
@Transactional(readOnly = true)
@Secured({"ROLE_" + Roles.DATA_MANAGER, "ROLE_" + Roles.ADMIN})
@EnableConfigurationProperties(QualityThresholds.class)
class JdbcRegistryAnalytics implements RegistryAnalytics {

    /** Numbers at risk are shown at these months. */
    static final int[] AT_RISK_MONTHS = {0, 6, 12, 24, 36, 48, 60};
    static final Set<String> GROUPINGS = Set.of("center", "modality", "organ", "none");

    private final NamedParameterJdbcTemplate jdbc;
    private final QualityThresholds thresholds;
    private final EvaluationReviews reviews;
    private final Clock clock;

    JdbcRegistryAnalytics(NamedParameterJdbcTemplate jdbc, QualityThresholds thresholds, EvaluationReviews reviews,
                          Clock clock) {
        this.jdbc = jdbc;
        this.thresholds = thresholds;
        this.reviews = reviews;
        this.clock = clock;
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
        String sql = "select " + group + " as grp, count(*) as patients,"
                + " sum((select count(*) from app.outcome_tumour t where t.case_id = p.case_id)) as tumours,"
                + " avg(case when p.technical_success then 100.0 when p.technical_success is not null then 0 end) as ts,"
                + " avg(case when p.technique_efficacy in ('COMPLETE','INCOMPLETE') then case when p.primary_efficacy then 100.0 else 0 end end) as pte,"
                + " avg(case when p.technique_efficacy in ('COMPLETE','INCOMPLETE') then case when p.primary_efficacy or p.assisted_efficacy then 100.0 else 0 end end) as ate,"
                + " count(*) filter (where p.secondary_efficacy) as ste, count(p.ltp_date) as ltp,"
                + " count(*) filter (where p.dfs_excluded) as ndf, avg(case when p.thirty_day_mortality then 100.0 else 0 end) as m30,"
                + " count(*) filter (where p.os_event) as deaths, count(*) filter (where p.procedure_related_death) as prd"
                + " from app.outcome_patient p" + where(cohort, params) + " group by grp order by grp";
        return jdbc.query(sql, params, (rs, i) -> new OutcomeSummary(rs.getString("grp"), rs.getLong("patients"),
                rs.getLong("tumours"), num(rs, "ts"), num(rs, "pte"), num(rs, "ate"), rs.getLong("ste"), rs.getLong("ltp"),
                rs.getLong("ndf"), num(rs, "m30"), rs.getLong("deaths"), rs.getLong("prd")));
    }

    @Override
    public List<QualityIndicator> qualityIndicators(Cohort cohort) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(cohort, params);
        params.addValue("yearAgo", Date.valueOf(LocalDate.now(clock).minusYears(1)));
        String patient = "select p.center_id, %s as num, %s as den from app.outcome_patient p" + where + " group by p.center_id";
        String tumour = "select p.center_id, %s as num, %s as den from app.outcome_tumour t join app.outcome_patient p on p.case_id = t.case_id"
                + where + " group by p.center_id";
        String session = "select p.center_id, %s as num, %s as den from app.outcome_session s join app.outcome_patient p on p.case_id = s.case_id"
                + where + " %s group by p.center_id";
        List<QualityIndicator> result = new ArrayList<>();
        proportion(result, "QI-01", null, "QI-01", patient.formatted(
                "count(*) filter (where p.mdt_before_first_session)", "count(*)"), params, null);
        proportion(result, "QI-02", null, "QI-02", tumour.formatted(
                "count(*) filter (where t.technical_success)", "count(t.technical_success)"), params, null);
        proportion(result, "QI-03", "LIVER", "QI-03-LIVER", session.formatted(
                "count(*) filter (where s.major_complication)", "count(s.major_complication)", "and s.liver"), params,
                "major complication: an adverse event of the session classified CIRSE 2017 >= 3 or SIR 2003 C-F (safety.md 4.4); one not yet classified counts as none");
        proportion(result, "QI-03", "OTHER", "QI-03-OTHER", session.formatted(
                "count(*) filter (where s.major_complication)", "count(s.major_complication)", "and not s.liver"), params,
                "major complication: an adverse event of the session classified CIRSE 2017 >= 3 or SIR 2003 C-F (safety.md 4.4); one not yet classified counts as none");
        proportion(result, "QI-04", "LIVER", "QI-04-LIVER", session.formatted(
                "count(*) filter (where s.thirty_day_death)", "count(*)", "and s.liver"), params, null);
        proportion(result, "QI-04", "OTHER", "QI-04-OTHER", session.formatted(
                "count(*) filter (where s.thirty_day_death)", "count(*)", "and not s.liver"), params, null);
        proportion(result, "QI-05", null, "QI-05", tumour.formatted(
                "count(*) filter (where t.primary_efficacy and t.technique_efficacy in ('COMPLETE','INCOMPLETE'))",
                "count(*) filter (where t.technique_efficacy in ('COMPLETE','INCOMPLETE'))"), params, null);
        ltpAtTwoYears(result, cohort);
        proportion(result, "QI-07", null, "QI-07", patient.formatted(
                "count(*) filter (where p.response_imaging_in_window)", "count(*) filter (where p.response_imaging_due)"),
                params, "per first session of the case");
        proportion(result, "QI-08", null, "QI-08", patient.formatted("sum(p.visits_in_window)", "sum(p.visits_due)"),
                params, null);
        proportion(result, "QI-09", null, "QI-09", patient.formatted(
                "count(*) filter (where p.missing_fields is null)", "count(*)"), params, null);
        for (String center : centers(cohort)) {
            result.add(new QualityIndicator("QI-10", null, center, 0, 0, null, null, null, null, null,
                    "report only: timer compliance is reported by the pathway's deviations, not the registry rows"));
        }
        proportion(result, "QI-11", null, "QI-11", patient.formatted(
                "count(*) filter (where p.board_concordant = false)", "count(p.board_concordant)"), params,
                "report only: review if above the level");
        proportion(result, "QI-12", "LIVER", "QI-12", session.formatted(
                "count(*) filter (where s.hepatic_infection)", "count(*)", "and s.liver"), params, null);
        QualityThresholds.Threshold volume = thresholds.of("QI-13");
        jdbc.query(session.formatted("count(*)", "1", "and s.session_date > :yearAgo"), params, rs -> {
            long count = rs.getLong("num");
            result.add(new QualityIndicator("QI-13", null, rs.getString(1), count, 0, (double) count, null, null,
                    volume == null ? null : volume.text(" / year"), volume == null ? null : volume.alert(count),
                    "sessions in the last 12 months; information only"));
        });
        return result;
    }

    private void proportion(List<QualityIndicator> into, String id, String scope, String key, String sql,
                            MapSqlParameterSource params, String note) {
        QualityThresholds.Threshold threshold = thresholds.of(key);
        jdbc.query(sql, params, rs -> {
            long num = rs.getLong("num");
            long den = rs.getLong("den");
            Double rate = den == 0 ? null : 100.0 * num / den;
            double[] ci = ClopperPearson.interval(num, den);
            into.add(new QualityIndicator(id, scope, rs.getString(1), num, den, rate, den == 0 ? null : 100 * ci[0],
                    den == 0 ? null : 100 * ci[1], threshold == null ? null : threshold.text(" %"),
                    threshold == null || rate == null ? null : threshold.alert(rate), note));
        });
    }

    /** QI-06, report only: 1 - KM LTP-free at 24 months per tumour (death censors; no competing-risk correction). */
    private void ltpAtTwoYears(List<QualityIndicator> into, Cohort cohort) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select p.center_id, t.ttltp_days, t.ttltp_event from app.outcome_tumour t join app.outcome_patient p"
                + " on p.case_id = t.case_id" + where(cohort, params) + " order by p.center_id, t.ttltp_days";
        Map<String, Series> series = new TreeMap<>();
        jdbc.query(sql, params, rs -> {
            series.computeIfAbsent(rs.getString(1), k -> new Series()).add(rs.getInt(2), rs.getBoolean(3));
        });
        series.forEach((center, s) -> {
            KaplanMeier.Curve curve = s.curve();
            KaplanMeier.Step step = curve.stepAt(730);
            double incidence = 100 * (1 - (step == null ? 1.0 : step.survival()));
            into.add(new QualityIndicator("QI-06", null, center, curve.events(), curve.subjects(), incidence,
                    step == null ? 0.0 : 100 * (1 - step.upper()), step == null ? 0.0 : 100 * (1 - step.lower()), null,
                    null, "report only: 1 - Kaplan-Meier at 24 months per tumour"));
        });
    }

    private List<String> centers(Cohort cohort) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.queryForList("select distinct p.center_id from app.outcome_patient p" + where(cohort, params)
                + " order by 1", params, String.class);
    }

    @Override
    public List<SurvivalCurve> survival(SurvivalEndpoint endpoint, String by, Cohort cohort) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String days = "p." + endpoint.column() + "_days";
        String event = "p." + endpoint.column() + "_event";
        String sql = "select " + groupColumn(by) + " as grp, " + days + ", " + event + " from app.outcome_patient p"
                + where(cohort, params) + (endpoint == SurvivalEndpoint.DFS ? " and not p.dfs_excluded" : "")
                + " order by grp, " + days;
        Map<String, Series> groups = new LinkedHashMap<>();
        jdbc.query(sql, params, rs -> {
            groups.computeIfAbsent(rs.getString(1), k -> new Series()).add(rs.getInt(2), rs.getBoolean(3));
        });
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
        String sql = "select p.center_id, count(*) as patients, count(p.missing_fields) as missing,"
                + " mode() within group (order by p.missing_fields) as often,"
                + " sum(p.visits_due) as due, sum(p.visits_in_window) as inw, sum(p.visits_missed) as missed,"
                + " avg(case when p.os_event or p.start_date + p.os_days >= :yearAgo then 100.0 else 0 end) as asc_pct"
                + " from app.outcome_patient p" + where(cohort, params) + " group by p.center_id order by p.center_id";
        return jdbc.query(sql, params, (rs, i) -> new CenterCompleteness(rs.getString(1), rs.getLong("patients"),
                rs.getLong("missing"), rs.getString("often"), rs.getLong("due"), rs.getLong("inw"), rs.getLong("missed"),
                num(rs, "asc_pct")));
    }

    @Override
    public Concordance concordance(Cohort cohort) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select p.center_id, count(p.board_concordant) as decisions,"
                + " count(*) filter (where p.board_concordant) as concordant from app.outcome_patient p" + where(cohort, params)
                + " group by p.center_id order by p.center_id";
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
                    "select distinct " + column + " from app.outcome_patient where " + column + " is not null order by 1",
                    String.class));
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
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                events = Arrays.copyOf(events, size * 2);
            }
            days[size] = day;
            events[size++] = event;
        }

        KaplanMeier.Curve curve() {
            return KaplanMeier.estimate(Arrays.copyOf(days, size), Arrays.copyOf(events, size));
        }
    }
}
