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

    private final OutcomeStore store;
    private final RegistryAnalytics analytics;

    public RegistryBenchmarkSupport(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        this.store = new OutcomeStore(jdbc);
        QualityThresholds thresholds = new QualityThresholds(java.util.Map.of(
                "QI-01", new QualityThresholds.Threshold(100.0, null), "QI-02", new QualityThresholds.Threshold(95.0, null),
                "QI-04-LIVER", new QualityThresholds.Threshold(null, 0.5), "QI-07", new QualityThresholds.Threshold(90.0, null),
                "QI-08", new QualityThresholds.Threshold(85.0, null), "QI-09", new QualityThresholds.Threshold(95.0, null),
                "QI-12", new QualityThresholds.Threshold(null, 3.0), "QI-13", new QualityThresholds.Threshold(150.0, null)));
        this.analytics = new JdbcRegistryAnalytics(new NamedParameterJdbcTemplate(jdbc), thresholds, new NoReviews(),
                Clock.systemDefaultZone());
    }

    public RegistryAnalytics analytics() {
        return analytics;
    }

    /** Stores one batch of computed cases (cohort attributes given per case). */
    public void store(List<Row> rows) {
        store.replace(rows.stream().map(r -> new OutcomeStore.Computed(new CaseFacts(r.caseId(), r.center(), r.pseudonym(),
                r.organ(), r.histology(), r.modality(), r.intent(), r.mdtBefore(), r.concordant(), r.timeline(), List.of(),
                List.of(), r.missing()), r.outcomes())).toList(), Instant.now());
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
