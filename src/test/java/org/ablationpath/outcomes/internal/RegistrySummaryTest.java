package org.ablationpath.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.ablationpath.AblationPathTest;
import org.ablationpath.eligibility.EvaluationReviews;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.outcomes.AblationResponse;
import org.ablationpath.outcomes.Cohort;
import org.ablationpath.outcomes.OutcomeCalculator;
import org.ablationpath.outcomes.OutcomeSettings;
import org.ablationpath.outcomes.OutcomeTimeline;
import org.ablationpath.outcomes.OutcomeTimeline.Imaging;
import org.ablationpath.outcomes.OutcomeTimeline.Session;
import org.ablationpath.outcomes.OutcomeTimeline.Vital;
import org.ablationpath.outcomes.RegistryAnalytics;
import org.ablationpath.outcomes.RegistryRecompute;
import org.ablationpath.outcomes.SurvivalEndpoint;
import org.ablationpath.procedure.IntentType;
import org.ablationpath.procedure.SessionRecorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's pre-aggregated sums (V20) give the numbers of the live aggregation over the outcome rows: after
 * rows are stored and replaced, after the full recompute, after an event-driven recompute of one case, and after
 * concurrent changes of many cases.
 */
@AblationPathTest
class RegistrySummaryTest {

    @Autowired
    OutcomeStore store;
    @Autowired
    RegistryAnalytics analytics;
    @Autowired
    RegistryRecompute recompute;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    QualityThresholds thresholds;
    @Autowired
    EvaluationReviews reviews;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate transaction;

    private RegistryAnalytics live;
    private final String centerA = "SA" + ThreadLocalRandom.current().nextInt(1_000_000);
    private final String centerB = "SB" + ThreadLocalRandom.current().nextInt(1_000_000);
    private final OutcomeCalculator calculator = new OutcomeCalculator(OutcomeSettings.DEFAULTS);

    @BeforeEach
    void dataManager() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("datamanager", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_DATA_MANAGER"))));
        live = new JdbcRegistryAnalytics(named, thresholds, reviews, clock, false);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void storedAndReplacedRowsGiveTheLiveNumbers() {
        Cohort ours = Cohort.ALL.withCenters(Set.of(centerA, centerB));
        OutcomeStore.Computed moving = computed(centerA, "LIVER", "MWA", 0, List.of());
        store.replace(List.of(moving, computed(centerA, "LIVER", "RFA", 1, List.of("mdtDecision")),
                computed(centerA, "KIDNEY", "CRYO", 2, List.of("histology")),
                computed(centerB, "LIVER", "MWA", 3, List.of("mdtDecision")),
                computed(centerB, "LUNG", "MWA", 4, List.of())), Instant.now());
        assertSameNumbers(ours);
        assertThat(analytics.outcomes(ours, "center")).extracting(RegistryAnalytics.OutcomeSummary::patients)
                .containsExactly(3L, 2L);

        // the case moves to the other center and another is removed: both centers' sums follow
        store.replace(List.of(new OutcomeStore.Computed(new CaseFacts(moving.facts().caseId(), centerB, "PSN-M", "LIVER",
                "HCC", "RFA", "CURATIVE", false, false, moving.facts().timeline(), List.of(), List.of(), List.of()),
                moving.outcomes())), Instant.now());
        UUID removed = jdbc.queryForObject("select case_id from app.outcome_patient where center_id = ? and organ = 'KIDNEY'",
                UUID.class, centerA);
        store.delete(Set.of(removed));

        assertSameNumbers(ours);
        assertThat(analytics.outcomes(ours, "center")).extracting(RegistryAnalytics.OutcomeSummary::patients)
                .containsExactly(1L, 3L);
    }

    @Test
    void theFullRecomputeAndAnEventDrivenRecomputeKeepTheSumsEqualToTheRows() {
        Cohort ours = Cohort.ALL.withCenters(Set.of(centerA, centerB));
        OutcomeStore.Computed changed = computed(centerA, "LIVER", "MWA", 3, List.of());
        store.replace(List.of(changed, computed(centerA, "LIVER", "RFA", 4, List.of()),
                computed(centerB, "LUNG", "CRYO", 1, List.of("mdtDecision"))), Instant.now());

        recompute.recomputeAll();
        assertSameNumbers(Cohort.ALL);
        assertSameNumbers(ours);

        // a row changed behind the store's back: the sums no longer match (the comparison can fail) ...
        UUID caseId = changed.facts().caseId();
        jdbc.update("update app.outcome_patient set technical_success = false, os_event = false where case_id = ?", caseId);
        assertThat(analytics.outcomes(ours, "center")).isNotEqualTo(live.outcomes(ours, "center"));

        // ... and a case's change adds its difference only, so the full recompute is what repairs that
        recompute.recomputeAll();
        assertSameNumbers(ours);

        // the case's next event queues it, and its recompute finds no clinical record, so its rows go, and its
        // center's sums follow in the same transaction
        events.publishEvent(new SessionRecorded(caseId, centerA));
        recompute.recomputeQueued();

        assertThat(jdbc.queryForObject("select count(*) from app.outcome_patient where case_id = ?", Long.class, caseId))
                .isZero();
        assertSameNumbers(ours);
        assertSameNumbers(Cohort.ALL);
        assertThat(analytics.outcomes(ours, "center")).extracting(RegistryAnalytics.OutcomeSummary::patients)
                .containsExactly(1L, 1L);
    }

    @Test
    void changesOfManyCasesAtOnceKeepTheSumsEqualToTheRows() throws Exception {
        Cohort ours = Cohort.ALL.withCenters(Set.of(centerA, centerB));
        List<OutcomeStore.Computed> cases = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            cases.add(computed(n % 2 == 0 ? centerA : centerB, n % 3 == 0 ? "KIDNEY" : "LIVER", "MWA", n % 5,
                    n % 4 == 0 ? List.of("mdtDecision") : List.of()));
        }
        // each case written three times by four threads at once, in changing versions (another center, modality,
        // outcome, missing fields), some removed: each transaction adds its own difference
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < cases.size(); i++) {
                    int version = round * cases.size() + i;
                    OutcomeStore.Computed base = cases.get(i);
                    writes.add(threads.submit(() -> transaction.executeWithoutResult(status -> {
                        if (version % 7 == 6) {
                            store.delete(Set.of(base.facts().caseId()));
                        } else {
                            store.replace(List.of(version(base, version)), Instant.now());
                        }
                    })));
                }
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            threads.shutdown();
        }
        assertSameNumbers(ours);
        assertSameNumbers(Cohort.ALL);
    }

    /** The same case, another version of its rows. */
    private OutcomeStore.Computed version(OutcomeStore.Computed base, int version) {
        OutcomeStore.Computed other = computed(version % 2 == 0 ? centerB : centerA, "LIVER", version % 3 == 0 ? "RFA" : "MWA",
                version % 5, version % 2 == 0 ? List.of() : List.of("histology"));
        CaseFacts f = other.facts();
        return new OutcomeStore.Computed(new CaseFacts(base.facts().caseId(), f.centerId(), f.pseudonym(), f.organ(),
                f.histology(), f.modality(), f.intent(), f.mdtBeforeFirstSession(), f.boardConcordant(), f.boardDecisions(),
                f.boardDiscordant(), f.timeline(), List.of(), List.of(), f.missingFields()), other.outcomes());
    }

    private void assertSameNumbers(Cohort cohort) {
        for (String by : List.of("center", "modality", "organ", "none")) {
            assertThat(analytics.outcomes(cohort, by)).as("outcomes by " + by).isEqualTo(live.outcomes(cohort, by));
        }
        assertThat(analytics.qualityIndicators(cohort)).isEqualTo(live.qualityIndicators(cohort));
        assertThat(analytics.completeness(cohort)).isEqualTo(live.completeness(cohort));
        assertThat(analytics.concordance(cohort)).isEqualTo(live.concordance(cohort));
        assertThat(analytics.filterValues()).isEqualTo(live.filterValues());
        for (String by : List.of("none", "center")) {
            assertThat(analytics.survival(SurvivalEndpoint.OS, by, cohort)).as("OS by " + by)
                    .isEqualTo(live.survival(SurvivalEndpoint.OS, by, cohort));
        }
    }

    /** Worked-example-like timelines varied by n: residual disease, LTP, death, and a recent session. */
    private OutcomeStore.Computed computed(String center, String organ, String modality, int n, List<String> missing) {
        LocalDate start = LocalDate.now(clock).minusDays(200 + 150L * n);
        Map<String, Boolean> success = Map.of("T1", n != 2, "T2", true);
        List<Session> sessions = List.of(new Session("S1", start, IntentType.INITIAL, List.of("T1", "T2"), success));
        List<Imaging> imaging = List.of(
                new Imaging(start.plusDays(30), true, false, false,
                        Map.of("T1", n == 1 ? AblationResponse.RESIDUAL_VIABLE : AblationResponse.COMPLETE,
                                "T2", AblationResponse.COMPLETE)),
                new Imaging(start.plusDays(120), true, n == 3, false,
                        Map.of("T1", n == 4 ? AblationResponse.LTP : AblationResponse.COMPLETE, "T2", AblationResponse.COMPLETE)));
        Vital vital = n == 3 ? new Vital(start.plusDays(150), start.plusDays(160), CauseOfDeath.TUMOUR_PROGRESSION)
                : new Vital(start.plusDays(180), null, null);
        OutcomeTimeline timeline = new OutcomeTimeline(LocalDate.now(clock), sessions, imaging, List.of(), vital, List.of(),
                Set.of());
        // QI-11 counts every decision: some cases were rediscussed, by a board that departed from the engine or not
        int decisions = n == 3 ? 0 : 1 + n % 3;
        int discordant = n == 3 ? 0 : n % 2 == 0 ? n % 3 : 1;
        CaseFacts facts = new CaseFacts(UUID.randomUUID(), center, "PSN-" + n, organ, "LIVER".equals(organ) ? "HCC" : "RCC",
                modality, "CURATIVE", n % 2 == 0, n == 3 ? null : n % 2 == 0, decisions, discordant, timeline, List.of(),
                List.of(), missing);
        return new OutcomeStore.Computed(facts, calculator.compute(timeline).orElseThrow());
    }
}
