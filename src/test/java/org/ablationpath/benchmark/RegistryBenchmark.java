package org.ablationpath.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.DiseaseEventType;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.outcomes.AblationResponse;
import org.ablationpath.outcomes.Cohort;
import org.ablationpath.outcomes.OutcomeCalculator;
import org.ablationpath.outcomes.OutcomeSettings;
import org.ablationpath.outcomes.OutcomeTimeline;
import org.ablationpath.outcomes.OutcomeTimeline.DiseaseEvent;
import org.ablationpath.outcomes.OutcomeTimeline.GridVisit;
import org.ablationpath.outcomes.OutcomeTimeline.Imaging;
import org.ablationpath.outcomes.OutcomeTimeline.Session;
import org.ablationpath.outcomes.OutcomeTimeline.Vital;
import org.ablationpath.outcomes.PatientOutcomes;
import org.ablationpath.outcomes.RegistryAnalytics;
import org.ablationpath.outcomes.SurvivalEndpoint;
import org.ablationpath.outcomes.internal.RegistryBenchmarkSupport;
import org.ablationpath.procedure.IntentType;

/**
 * Speed of the outcomes registry (issue 8): N synthetic patient timelines (default 100,000) computed on every core,
 * stored in the V16 tables of an embedded PostgreSQL, then the quality indicators and the dashboard's reads timed.
 * Not a test: it reports. Run with
 * {@code mvn -q -B -Pbenchmark test-compile exec:java -Dbenchmark.main=org.ablationpath.benchmark.RegistryBenchmark}
 * (option -Dbenchmark.patients=100000, -Dbenchmark.renders=20).
 */
public final class RegistryBenchmark {

    private static final String[] CENTERS = {"C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08"};
    private static final String[] ORGANS = {"LIVER", "LIVER", "LIVER", "KIDNEY", "LUNG", "BONE"};
    private static final String[] MODALITIES = {"RFA", "MWA", "CRYO"};

    private RegistryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int patients = Integer.getInteger("benchmark.patients", 100_000);
        int renders = Integer.getInteger("benchmark.renders", 20);
        int cores = Runtime.getRuntime().availableProcessors();
        Random random = new Random(20261122L);
        List<OutcomeTimeline> timelines = new ArrayList<>(patients);
        for (int i = 0; i < patients; i++) {
            timelines.add(timeline(random));
        }
        OutcomeCalculator calculator = new OutcomeCalculator(OutcomeSettings.DEFAULTS);
        // warm-up on a tenth, then the measured pass
        computeAll(calculator, timelines.subList(0, patients / 10), cores);
        long t0 = System.nanoTime();
        PatientOutcomes[] outcomes = computeAll(calculator, timelines, cores);
        double computeMs = (System.nanoTime() - t0) / 1e6;

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement();
                 InputStream v16 = RegistryBenchmark.class.getResourceAsStream("/db/migration/V16__outcomes.sql")) {
                statement.execute("create schema app; set search_path to app");
                statement.execute("set search_path to app; " + new String(v16.readAllBytes(), StandardCharsets.UTF_8));
            }
            RegistryBenchmarkSupport support = new RegistryBenchmarkSupport(postgres.getPostgresDatabase());
            t0 = System.nanoTime();
            List<RegistryBenchmarkSupport.Row> batch = new ArrayList<>();
            for (int i = 0; i < patients; i++) {
                batch.add(row(i, timelines.get(i), outcomes[i]));
                if (batch.size() == 5000 || i == patients - 1) {
                    support.store(batch);
                    batch.clear();
                }
            }
            double storeMs = (System.nanoTime() - t0) / 1e6;
            RegistryAnalytics analytics = support.analytics();
            analytics.qualityIndicators(Cohort.ALL);
            t0 = System.nanoTime();
            int qiRows = analytics.qualityIndicators(Cohort.ALL).size();
            double qiMs = (System.nanoTime() - t0) / 1e6;
            long[] render = new long[renders];
            for (int r = 0; r < renders; r++) {
                long s = System.nanoTime();
                dashboard(analytics, r % 2 == 0 ? Cohort.ALL : Cohort.ALL.withCenters(Set.of("C01", "C02")));
                render[r] = System.nanoTime() - s;
            }
            Arrays.sort(render);
            long[] km = new long[SurvivalEndpoint.values().length];
            for (SurvivalEndpoint endpoint : SurvivalEndpoint.values()) {
                long s = System.nanoTime();
                analytics.survival(endpoint, "modality", Cohort.ALL);
                km[endpoint.ordinal()] = System.nanoTime() - s;
            }

            System.out.printf("%nRegistry benchmark — %s, Java %s, %d cores, %d synthetic patients%n",
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"),
                    cores, patients);
            System.out.println("| step | time |");
            System.out.println("|---|---:|");
            System.out.printf("| compute all OUT outcomes (%d threads) | %.0f ms |%n", cores, computeMs);
            System.out.printf("| store outcome rows (batches of 5000) | %.0f ms |%n", storeMs);
            System.out.printf("| quality indicators, all centers (%d rows, SQL) | %.0f ms |%n", qiRows, qiMs);
            System.out.printf("| compute + quality indicators | %.0f ms |%n", computeMs + qiMs);
            System.out.printf("| dashboard first render data (outcomes, QI, completeness, concordance, OS curve), %d runs | p50 %.0f ms, p95 %.0f ms |%n",
                    renders, render[renders / 2] / 1e6, render[(int) Math.ceil(renders * 0.95) - 1] / 1e6);
            for (SurvivalEndpoint endpoint : SurvivalEndpoint.values()) {
                System.out.printf("| Kaplan-Meier %s by modality | %.0f ms |%n", endpoint, km[endpoint.ordinal()] / 1e6);
            }
        }
    }

    private static void dashboard(RegistryAnalytics analytics, Cohort cohort) {
        analytics.outcomes(cohort, "center");
        analytics.qualityIndicators(cohort);
        analytics.completeness(cohort);
        analytics.concordance(cohort);
        analytics.survival(SurvivalEndpoint.OS, "none", cohort);
    }

    private static PatientOutcomes[] computeAll(OutcomeCalculator calculator, List<OutcomeTimeline> timelines, int threads)
            throws Exception {
        PatientOutcomes[] result = new PatientOutcomes[timelines.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = (timelines.size() + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                int from = t * chunk;
                int to = Math.min(timelines.size(), from + chunk);
                futures.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        result[i] = calculator.compute(timelines.get(i)).orElseThrow();
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return result;
    }

    private static RegistryBenchmarkSupport.Row row(int i, OutcomeTimeline timeline, PatientOutcomes outcomes) {
        return new RegistryBenchmarkSupport.Row(UUID.randomUUID(), CENTERS[i % CENTERS.length], "PSN-" + i,
                ORGANS[i % ORGANS.length], "HCC", MODALITIES[i % MODALITIES.length], "CURATIVE", i % 50 != 0,
                i % 7 == 0 ? Boolean.FALSE : Boolean.TRUE, timeline, outcomes, i % 40 == 0 ? List.of("mdtDecision") : List.of());
    }

    /** A plausible episode: 1-3 tumours, response CT, surveillance every ~3 months, some residual, LTP, death. */
    private static OutcomeTimeline timeline(Random random) {
        LocalDate t0 = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(6 * 365));
        int tumours = 1 + random.nextInt(3);
        List<String> ids = new ArrayList<>();
        Map<String, Boolean> success = new HashMap<>();
        for (int t = 1; t <= tumours; t++) {
            ids.add("T" + t);
            success.put("T" + t, random.nextInt(100) < 97);
        }
        List<Session> sessions = new ArrayList<>();
        sessions.add(new Session("S1", t0, IntentType.INITIAL, ids, success));
        List<Imaging> imaging = new ArrayList<>();
        List<DiseaseEvent> events = new ArrayList<>();
        LocalDate death = random.nextInt(100) < 25 ? t0.plusDays(10 + random.nextInt(2000)) : null;
        LocalDate end = death != null ? death : t0.plusDays(60 + random.nextInt(2500));
        boolean residual = random.nextInt(100) < 8;
        LocalDate date = t0.plusDays(21 + random.nextInt(40));
        Map<String, AblationResponse> first = new HashMap<>();
        ids.forEach(id -> first.put(id, residual ? AblationResponse.RESIDUAL_VIABLE : AblationResponse.COMPLETE));
        if (date.isBefore(end)) {
            imaging.add(new Imaging(date, true, false, false, first));
        }
        if (residual && date.plusDays(14).isBefore(end)) {
            sessions.add(new Session("S2", date.plusDays(14), IntentType.RETREATMENT_RESIDUAL, ids, success));
            date = date.plusDays(44);
            Map<String, AblationResponse> after = new HashMap<>();
            ids.forEach(id -> after.put(id, AblationResponse.COMPLETE));
            imaging.add(new Imaging(date, true, false, false, after));
        }
        boolean ltp = false;
        while ((date = date.plusDays(80 + random.nextInt(30))).isBefore(end)) {
            Map<String, AblationResponse> responses = new HashMap<>();
            boolean progression = !ltp && random.nextInt(100) < 4;
            ids.forEach(id -> responses.put(id, AblationResponse.COMPLETE));
            if (progression) {
                responses.put("T1", AblationResponse.LTP);
                ltp = true;
            }
            boolean newTumour = random.nextInt(100) < 3;
            imaging.add(new Imaging(date, true, newTumour, random.nextInt(100) < 1, responses));
            if (newTumour) {
                events.add(new DiseaseEvent(DiseaseEventType.INTRA_ORGAN_DISTANT, null, date));
            }
        }
        List<GridVisit> visits = new ArrayList<>();
        for (int m : new int[] {1, 3, 6, 9, 12, 18, 24}) {
            LocalDate target = t0.plusMonths(m);
            LocalDate actual = random.nextInt(100) < 85 ? target.plusDays(random.nextInt(21) - 10) : null;
            visits.add(new GridVisit("M" + m, target, target.minusDays(14), target.plusDays(14), actual,
                    actual == null ? VisitStatus.PLANNED : VisitStatus.DONE));
        }
        Vital vital = new Vital(death == null ? end : death.minusDays(1), death,
                death == null ? null : random.nextInt(100) < 2 ? CauseOfDeath.TREATMENT_RELATED : CauseOfDeath.TUMOUR_PROGRESSION);
        return new OutcomeTimeline(LocalDate.of(2026, 11, 1), sessions, imaging, events, vital, visits, Set.of());
    }
}
