package org.ablationpath.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.ablationpath.AblationPathTest;
import org.ablationpath.TestCases;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.outcomes.AblationResponse;
import org.ablationpath.outcomes.Cohort;
import org.ablationpath.outcomes.OutcomeCalculator;
import org.ablationpath.outcomes.OutcomeSettings;
import org.ablationpath.outcomes.OutcomeTimeline;
import org.ablationpath.outcomes.OutcomeTimeline.Imaging;
import org.ablationpath.outcomes.OutcomeTimeline.Session;
import org.ablationpath.outcomes.OutcomeTimeline.Vital;
import org.ablationpath.outcomes.QualityIndicator;
import org.ablationpath.outcomes.RegistryAnalytics;
import org.ablationpath.outcomes.SurvivalCurve;
import org.ablationpath.outcomes.SurvivalEndpoint;
import org.ablationpath.procedure.IntentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.junit.jupiter.api.AfterEach;

/**
 * The stored outcome rows and the SQL aggregates over them: three worked-example patients in two centers of their
 * own (centre codes unique to the run, so other tests' rows never count), then the REST endpoints.
 */
@AblationPathTest
class RegistryAnalyticsTest {

    @Autowired
    OutcomeStore store;
    @Autowired
    RegistryAnalytics analytics;
    @Autowired
    TestRestTemplate rest;

    private final String centerA = "QA" + ThreadLocalRandom.current().nextInt(1_000_000);
    private final String centerB = "QB" + ThreadLocalRandom.current().nextInt(1_000_000);
    private final OutcomeCalculator calculator = new OutcomeCalculator(OutcomeSettings.DEFAULTS);

    @BeforeEach
    void dataManager() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("datamanager", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_DATA_MANAGER"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Session session(String id, String date, IntentType intent) {
        return new Session(id, d(date), intent, List.of("T1"), Map.of("T1", true));
    }

    private static Imaging ct(String date, AblationResponse response) {
        return new Imaging(d(date), true, false, false, Map.of("T1", response));
    }

    private OutcomeStore.Computed computed(String center, String organ, String modality, boolean mdtBefore,
                                           Boolean concordant, OutcomeTimeline timeline, List<String> missing) {
        CaseFacts facts = new CaseFacts(UUID.randomUUID(), center, "PSN-" + UUID.randomUUID().toString().substring(0, 8),
                organ, "LIVER".equals(organ) ? "HCC" : "CRLM", modality, "CURATIVE", mdtBefore, concordant, timeline,
                List.of(), List.of(), missing);
        return new OutcomeStore.Computed(facts, calculator.compute(timeline).orElseThrow());
    }

    private void storeWorkedExamples() {
        OutcomeTimeline a = new OutcomeTimeline(d("2025-06-01"),
                List.of(session("A1", "2024-03-04", IntentType.INITIAL), session("A2", "2025-01-27", IntentType.RETREATMENT_LTP)),
                List.of(ct("2024-04-05", AblationResponse.COMPLETE), ct("2024-06-04", AblationResponse.COMPLETE),
                        ct("2024-09-03", AblationResponse.COMPLETE), ct("2025-01-08", AblationResponse.LTP),
                        ct("2025-02-28", AblationResponse.COMPLETE)),
                List.of(), new Vital(d("2025-04-10"), null, null), List.of(), Set.of());
        OutcomeTimeline c = new OutcomeTimeline(d("2025-06-01"), List.of(session("C1", "2024-10-07", IntentType.INITIAL)),
                List.of(), List.of(), new Vital(d("2024-10-21"), d("2024-10-22"), CauseOfDeath.TREATMENT_RELATED),
                List.of(), Set.of());
        OutcomeTimeline b = new OutcomeTimeline(d("2025-06-01"),
                List.of(session("B1", "2024-05-06", IntentType.INITIAL), session("B2", "2024-06-17", IntentType.RETREATMENT_RESIDUAL)),
                List.of(ct("2024-06-03", AblationResponse.RESIDUAL_VIABLE), ct("2024-07-17", AblationResponse.COMPLETE),
                        ct("2024-09-17", AblationResponse.COMPLETE), ct("2024-12-17", AblationResponse.COMPLETE)),
                List.of(), new Vital(d("2025-02-03"), null, null), List.of(), Set.of());
        store.replace(List.of(
                computed(centerA, "LIVER", "MWA", true, true, a, List.of()),
                computed(centerA, "LIVER", "RFA", false, null, c, List.of("mdtDecision")),
                computed(centerB, "LIVER", "MWA", true, false, b, List.of())), Instant.now());
    }

    private Cohort ours() {
        return Cohort.ALL.withCenters(Set.of(centerA, centerB));
    }

    private QualityIndicator qi(List<QualityIndicator> all, String id, String scope, String center) {
        return all.stream().filter(q -> q.id().equals(id) && q.centerId().equals(center)
                && (scope == null ? q.scope() == null : scope.equals(q.scope()))).findFirst().orElseThrow();
    }

    @Test
    void qualityIndicatorsPerCenterAgainstTheirThresholds() {
        storeWorkedExamples();

        List<QualityIndicator> indicators = analytics.qualityIndicators(ours());

        QualityIndicator mdtA = qi(indicators, "QI-01", null, centerA);
        assertThat(mdtA.numerator()).isEqualTo(1);
        assertThat(mdtA.denominator()).isEqualTo(2);
        assertThat(mdtA.rate()).isEqualTo(50.0);
        assertThat(mdtA.threshold()).isEqualTo("< 100 %");
        assertThat(mdtA.alert()).isTrue();
        // exact binomial interval of 1/2: 1.26 % to 98.74 %
        assertThat(mdtA.lower()).isCloseTo(1.258, org.assertj.core.api.Assertions.within(0.01));
        assertThat(mdtA.upper()).isCloseTo(98.742, org.assertj.core.api.Assertions.within(0.01));
        assertThat(qi(indicators, "QI-01", null, centerB).alert()).isFalse();

        QualityIndicator mortalityA = qi(indicators, "QI-04", "LIVER", centerA);
        assertThat(mortalityA.numerator()).isEqualTo(1);
        assertThat(mortalityA.denominator()).isEqualTo(3);
        assertThat(mortalityA.alert()).isTrue();

        QualityIndicator pteA = qi(indicators, "QI-05", null, centerA);
        assertThat(pteA.numerator()).isEqualTo(1);
        assertThat(pteA.denominator()).as("example C is not evaluable").isEqualTo(1);
        assertThat(pteA.threshold()).isNull();
        assertThat(pteA.alert()).isNull();

        assertThat(qi(indicators, "QI-09", null, centerA).rate()).isEqualTo(50.0);
        assertThat(qi(indicators, "QI-11", null, centerB).rate()).isEqualTo(100.0);
        // no session of these examples has an adverse event classified as a major complication
        assertThat(qi(indicators, "QI-03", "LIVER", centerA).numerator()).isZero();
        assertThat(qi(indicators, "QI-03", "LIVER", centerA).denominator()).isPositive();
        assertThat(qi(indicators, "QI-03", "LIVER", centerA).note()).contains("CIRSE 2017");
    }

    /** QI-11 counts decisions: a concordant first decision and a discordant one at an LTP rediscussion are 50 %. */
    @Test
    void theOverrideRateCountsEveryDecisionOfACase() {
        OutcomeTimeline a = new OutcomeTimeline(d("2025-06-01"), List.of(session("A1", "2024-03-04", IntentType.INITIAL)),
                List.of(ct("2024-04-05", AblationResponse.COMPLETE), ct("2025-01-08", AblationResponse.LTP)),
                List.of(), new Vital(d("2025-04-10"), null, null), List.of(), Set.of());
        CaseFacts twoDecisions = new CaseFacts(UUID.randomUUID(), centerA, "PSN-" + UUID.randomUUID().toString().substring(0, 8),
                "LIVER", "HCC", "MWA", "CURATIVE", true, true, 2, 1, a, List.of(), List.of(), List.of());
        store.replace(List.of(new OutcomeStore.Computed(twoDecisions, calculator.compute(a).orElseThrow())), Instant.now());

        // the dashboard's sums (centers only) and the live rows (an organ filter) give the same rate
        Cohort liverRows = new Cohort(Set.of(centerA, centerB), "LIVER", null, null, null, null, null);
        for (Cohort cohort : List.of(ours(), liverRows)) {
            QualityIndicator overrides = qi(analytics.qualityIndicators(cohort), "QI-11", null, centerA);
            assertThat(overrides.numerator()).isEqualTo(1);
            assertThat(overrides.denominator()).isEqualTo(2);
            assertThat(overrides.rate()).isEqualTo(50.0);
            assertThat(analytics.concordance(cohort).centers()).extracting(RegistryAnalytics.CenterConcordance::overridePct)
                    .containsExactly(50.0);
        }
    }

    @Test
    void kaplanMeierCurvesByCenterWithNumbersAtRisk() {
        storeWorkedExamples();

        List<SurvivalCurve> os = analytics.survival(SurvivalEndpoint.OS, "center", ours());
        List<SurvivalCurve> ltpfs = analytics.survival(SurvivalEndpoint.LTPFS, "none", ours());

        assertThat(os).extracting(SurvivalCurve::group).containsExactly(centerA, centerB);
        SurvivalCurve a = os.get(0);
        assertThat(a.subjects()).isEqualTo(2);
        assertThat(a.events()).isEqualTo(1);
        assertThat(a.points().get(1).survival()).isEqualTo(0.5);
        assertThat(a.points().get(1).months()).isEqualTo(0.49);
        assertThat(a.atRisk().get(0).subjects()).isEqualTo(2);
        assertThat(a.atRisk().get(2).months()).isEqualTo(12);
        assertThat(a.atRisk().get(2).subjects()).as("example A is followed 402 days").isEqualTo(1);
        // LTP-free: C dies at 15 days, A has LTP at 310 days, B censored at 225 days: S = 2/3, then 2/3 x 0 = 0
        assertThat(ltpfs.get(0).subjects()).isEqualTo(3);
        assertThat(ltpfs.get(0).events()).isEqualTo(2);
        assertThat(ltpfs.get(0).points().get(2).survival()).isZero();
    }

    @Test
    void outcomeSummariesCompletenessAndConcordancePerCenter() {
        storeWorkedExamples();

        List<RegistryAnalytics.OutcomeSummary> byModality = analytics.outcomes(ours(), "modality");
        List<RegistryAnalytics.CenterCompleteness> completeness = analytics.completeness(ours());
        RegistryAnalytics.Concordance concordance = analytics.concordance(ours());

        assertThat(byModality).extracting(RegistryAnalytics.OutcomeSummary::group).containsExactly("MWA", "RFA");
        RegistryAnalytics.OutcomeSummary mwa = byModality.get(0);
        assertThat(mwa.patients()).isEqualTo(2);
        assertThat(mwa.primaryEfficacyPct()).isEqualTo(50.0);
        assertThat(mwa.assistedEfficacyCumulativePct()).isEqualTo(100.0);
        assertThat(mwa.secondaryEfficacy()).isEqualTo(1);
        assertThat(mwa.localTumourProgression()).isEqualTo(1);
        assertThat(completeness).extracting(RegistryAnalytics.CenterCompleteness::withMissingFields).containsExactly(1L, 0L);
        assertThat(completeness.get(0).mostOftenMissing()).isEqualTo("mdtDecision");
        assertThat(concordance.centers()).extracting(RegistryAnalytics.CenterConcordance::overridePct)
                .containsExactly(0.0, 100.0);
    }

    @Test
    void theOutcomeSummaryRatesCountTumoursAsTheQualityIndicatorsDo() {
        // case A: T1 succeeds and is completely ablated, T2 fails and shows residual tumour; case B: T1 as A's T1
        Session both = new Session("A1", d("2024-03-04"), IntentType.INITIAL, List.of("T1", "T2"),
                Map.of("T1", true, "T2", false));
        OutcomeTimeline a = new OutcomeTimeline(d("2025-06-01"), List.of(both), List.of(new Imaging(d("2024-04-05"), true,
                false, false, Map.of("T1", AblationResponse.COMPLETE, "T2", AblationResponse.RESIDUAL_VIABLE))),
                List.of(), new Vital(d("2025-04-10"), null, null), List.of(), Set.of());
        OutcomeTimeline b = new OutcomeTimeline(d("2025-06-01"), List.of(session("B1", "2024-05-06", IntentType.INITIAL)),
                List.of(ct("2024-06-03", AblationResponse.COMPLETE)), List.of(), new Vital(d("2025-02-03"), null, null),
                List.of(), Set.of());
        store.replace(List.of(computed(centerA, "LIVER", "MWA", true, true, a, List.of()),
                computed(centerA, "LIVER", "MWA", true, true, b, List.of())), Instant.now());
        Cohort summed = Cohort.ALL.withCenters(Set.of(centerA));
        Cohort live = new Cohort(Set.of(centerA), "LIVER", null, null, null, null, null);

        for (Cohort cohort : List.of(summed, live)) {
            RegistryAnalytics.OutcomeSummary summary = analytics.outcomes(cohort, "none").get(0);
            // OUT-01, OUT-03, OUT-04: 2 of 3 tumours, not 1 of 2 patients
            assertThat(summary.tumours()).isEqualTo(3);
            assertThat(summary.technicalSuccessPct()).isCloseTo(66.67, org.assertj.core.api.Assertions.within(0.01));
            assertThat(summary.primaryEfficacyPct()).isCloseTo(66.67, org.assertj.core.api.Assertions.within(0.01));
            assertThat(summary.assistedEfficacyCumulativePct()).isCloseTo(66.67, org.assertj.core.api.Assertions.within(0.01));
            QualityIndicator technicalSuccess = qi(analytics.qualityIndicators(cohort), "QI-02", null, centerA);
            assertThat(technicalSuccess.rate()).isCloseTo(summary.technicalSuccessPct(),
                    org.assertj.core.api.Assertions.within(0.01));
        }
    }

    @Test
    void theRestEndpointsAnswerDataManagersAndNameBadParameters() {
        storeWorkedExamples();
        TestRestTemplate dataManager = rest.withBasicAuth("datamanager", "demo");

        ResponseEntity<JsonNode> curves = TestCases.get(dataManager,
                "/api/registry/survival?endpoint=OS&by=modality&center=" + centerA + "&center=" + centerB);
        ResponseEntity<JsonNode> bad = TestCases.get(dataManager, "/api/registry/survival?endpoint=PFS&by=surgeon&from=2024-13-01");
        ResponseEntity<JsonNode> indicators = TestCases.get(dataManager, "/api/registry/quality-indicators?center=" + centerB);

        assertThat(curves.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(curves.getBody()).hasSize(2);
        assertThat(curves.getBody().get(0).path("atRisk").get(0).path("subjects").asInt()).isEqualTo(2);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().path("errors").findValuesAsText("field")).containsExactly("endpoint", "by", "from");
        assertThat(indicators.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(indicators.getBody().findValuesAsText("centerId")).containsOnly(centerB);
    }
}
