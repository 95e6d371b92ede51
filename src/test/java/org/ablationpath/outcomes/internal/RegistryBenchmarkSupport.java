package org.ablationpath.outcomes.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.ablationpath.eligibility.EvaluationReview;
import org.ablationpath.eligibility.EvaluationReviews;
import org.ablationpath.eligibility.OverrideStatistic;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.outcomes.OutcomeTimeline;
import org.ablationpath.outcomes.PatientOutcomes;
import org.ablationpath.outcomes.RegistryAnalytics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Lets the registry benchmark (org.ablationpath.benchmark) build the package-private store and analytics. */
public final class RegistryBenchmarkSupport {

    private final JdbcTemplate jdbc;
    private final OutcomeStore store;
    private final RegistrySummary summary;
    private final RegistryAnalytics analytics;
    private final RegistryAnalytics liveAnalytics;

    public RegistryBenchmarkSupport(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.summary = new RegistrySummary(jdbc);
        this.store = new OutcomeStore(jdbc, summary, new SummaryDeltas(jdbc));
        QualityThresholds thresholds = new QualityThresholds(java.util.Map.of(
                "QI-01", new QualityThresholds.Threshold(100.0, null), "QI-02", new QualityThresholds.Threshold(95.0, null),
                "QI-04-LIVER", new QualityThresholds.Threshold(null, 0.5), "QI-07", new QualityThresholds.Threshold(90.0, null),
                "QI-08", new QualityThresholds.Threshold(85.0, null), "QI-09", new QualityThresholds.Threshold(95.0, null),
                "QI-12", new QualityThresholds.Threshold(null, 3.0), "QI-13", new QualityThresholds.Threshold(150.0, null)));
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        this.analytics = new JdbcRegistryAnalytics(named, thresholds, new NoReviews(), Clock.systemDefaultZone(), true);
        this.liveAnalytics = new JdbcRegistryAnalytics(named, thresholds, new NoReviews(), Clock.systemDefaultZone(), false);
    }

    /** The application's analytics (V20 sums for the default cohort). */
    public RegistryAnalytics analytics() {
        return analytics;
    }

    /** Every cohort aggregated live from the outcome rows, as before V20. */
    public RegistryAnalytics liveAnalytics() {
        return liveAnalytics;
    }

    /** Stores one batch of computed cases as the event-driven recompute does: rows, then their centers' sums. */
    public void store(List<Row> rows) {
        store.replace(computed(rows), Instant.now());
    }

    /** Stores one batch of rows as the full recompute does, without the sums (see refreshSummary). */
    public void storeRows(List<Row> rows) {
        store.replaceRows(computed(rows), Instant.now());
    }

    /** Rebuilds every center's sums, as the end of the full recompute does. */
    public void refreshSummary() {
        summary.refreshAll();
    }

    /** Fresh planner statistics and visibility map after the bulk load (autovacuum would get there later). */
    public void analyze() {
        jdbc.execute("vacuum analyze");
    }

    private static List<OutcomeStore.Computed> computed(List<Row> rows) {
        return rows.stream().map(r -> new OutcomeStore.Computed(new CaseFacts(r.caseId(), r.center(), r.pseudonym(),
                r.organ(), r.histology(), r.modality(), r.intent(), r.mdtBefore(), r.concordant(), r.timeline(), List.of(),
                List.of(), r.missing()), r.outcomes())).toList();
    }

    public record Row(UUID caseId, String center, String pseudonym, String organ, String histology, String modality,
                      String intent, boolean mdtBefore, Boolean concordant, OutcomeTimeline timeline,
                      PatientOutcomes outcomes, List<String> missing) {
    }

    private static final class NoReviews implements EvaluationReviews {
        @Override
        public EvaluationReview record(StoredEvaluation evaluation, String decision, String reasonCode, String comment,
                                       String reviewedBy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<EvaluationReview> ofCase(UUID caseId) {
            return List.of();
        }

        @Override
        public List<OverrideStatistic> overrideStatistics() {
            return List.of();
        }
    }
}
