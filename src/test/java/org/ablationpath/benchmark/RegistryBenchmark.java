package org.ablationpath.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
 * stored in the V16 tables of an embedded PostgreSQL (V20 summary refreshed once after the bulk load, as the full
 * recompute does), then the quality indicators and the dashboard's first render (the calls the view makes on open) timed.
 * Not a test: it reports. Run with
 * {@code mvn -q -B -Pbenchmark test-compile exec:java -Dbenchmark.main=org.ablationpath.benchmark.RegistryBenchmark}
 * (options -Dbenchmark.patients=100000, -Dbenchmark.renders=20, -Dbenchmark.explain=true for EXPLAIN ANALYZE of the
 * hot live statements and their V20 readers).
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
        boolean explain = Boolean.getBoolean("benchmark.explain");
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

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             HikariDataSource pool = pool(postgres, null)) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create schema app; set search_path to app");
                for (String migration : MIGRATIONS) {
                    try (InputStream sql = RegistryBenchmark.class.getResourceAsStream("/db/migration/" + migration)) {
                        statement.execute("set search_path to app; " + new String(sql.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            // a connection pool as in the application (HikariCP), so the figures are the queries, not connection set-up
            RegistryBenchmarkSupport support = new RegistryBenchmarkSupport(pool);
            t0 = System.nanoTime();
            List<RegistryBenchmarkSupport.Row> batch = new ArrayList<>();
            for (int i = 0; i < patients; i++) {
                batch.add(row(i, timelines.get(i), outcomes[i]));
                if (batch.size() == 5000 || i == patients - 1) {
                    support.storeRows(batch);
                    batch.clear();
                }
            }
            double storeMs = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            support.refreshSummary();
            double summaryMs = (System.nanoTime() - t0) / 1e6;
            support.analyze();
            RegistryAnalytics analytics = support.analytics();
            analytics.qualityIndicators(Cohort.ALL);
            t0 = System.nanoTime();
            int qiRows = analytics.qualityIndicators(Cohort.ALL).size();
            double qiMs = (System.nanoTime() - t0) / 1e6;

            // before V20: the same first render aggregated live from the rows (reference numbers and times)
            RegistryAnalytics live = support.liveAnalytics();
            long[] liveRender = new long[Math.max(1, renders / 4)];
            Map<String, long[]> liveCalls = new java.util.LinkedHashMap<>();
            for (int r = 0; r < liveRender.length; r++) {
                liveRender[r] = firstRender(live, Cohort.ALL, liveCalls, r, liveRender.length);
            }
            Arrays.sort(liveRender);
            boolean same = sameNumbers(analytics, live, Cohort.ALL)
                    && sameNumbers(analytics, live, Cohort.ALL.withCenters(Set.of("C01", "C02")));

            // the dashboard's first render: exactly the service calls RegistryDashboardView makes when it opens
            Map<String, long[]> perCall = new java.util.LinkedHashMap<>();
            long[] render = new long[renders];
            for (int r = 0; r < renders; r++) {
                render[r] = firstRender(analytics, Cohort.ALL, perCall, r, renders);
            }
            Arrays.sort(render);
            long[] filtered = new long[Math.max(1, renders / 2)];
            Map<String, long[]> filteredCalls = new java.util.LinkedHashMap<>();
            for (int r = 0; r < filtered.length; r++) {
                Cohort liver = new Cohort(Set.of(), "LIVER", null, "MWA", null, LocalDate.of(2020, 1, 1), null);
                filtered[r] = firstRender(analytics, liver, filteredCalls, r, filtered.length);
            }
            Arrays.sort(filtered);
            long[] km = new long[SurvivalEndpoint.values().length];
            for (SurvivalEndpoint endpoint : SurvivalEndpoint.values()) {
                long s = System.nanoTime();
                analytics.survival(endpoint, "modality", Cohort.ALL);
                km[endpoint.ordinal()] = System.nanoTime() - s;
            }
            // one case's event-driven update: its rows replaced and its center's summary refreshed
            long[] update = new long[10];
            for (int u = 0; u < update.length; u++) {
                RegistryBenchmarkSupport.Row changed = row(u, timelines.get(u), outcomes[u]);
                long s = System.nanoTime();
                support.store(List.of(changed));
                update[u] = System.nanoTime() - s;
            }
            Arrays.sort(update);
            if (explain) {
                // EXPLAIN ANALYZE of the statements the per-call times point at (the hot live ones and their V20 readers)
                try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                    for (String sql : EXPLAINED) {
                        System.out.println("EXPLAIN (ANALYZE, BUFFERS) " + sql);
                        try (java.sql.ResultSet plan = statement.executeQuery("explain (analyze, buffers) " + sql)) {
                            while (plan.next()) {
                                System.out.println("  " + plan.getString(1));
                            }
                        }
                    }
                }
            }

            System.out.printf("%nRegistry benchmark — %s, Java %s, %d cores, %d synthetic patients%n",
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"),
                    cores, patients);
            System.out.println("| step | time |");
            System.out.println("|---|---:|");
            System.out.printf("| compute all OUT outcomes (%d threads) | %.0f ms |%n", cores, computeMs);
            System.out.printf("| store outcome rows (batches of 5000) | %.0f ms |%n", storeMs);
            System.out.printf("| refresh the dashboard summary, all centers (V20) | %.0f ms |%n", summaryMs);
            System.out.printf("| quality indicators, all centers (%d rows) | %.0f ms |%n", qiRows, qiMs);
            System.out.printf("| compute + quality indicators | %.0f ms |%n", computeMs + qiMs);
            System.out.printf("| dashboard first render data, default cohort (all centers), %d runs | p50 %.0f ms, p95 %.0f ms |%n",
                    renders, render[renders / 2] / 1e6, render[(int) Math.ceil(renders * 0.95) - 1] / 1e6);
            perCall.forEach((call, times) -> System.out.printf("| — %s, p50 | %.1f ms |%n", call, median(times) / 1e6));
            System.out.printf("| same render aggregated live from the rows (before V20), %d runs | p50 %.0f ms, max %.0f ms |%n",
                    liveRender.length, liveRender[liveRender.length / 2] / 1e6, liveRender[liveRender.length - 1] / 1e6);
            liveCalls.forEach((call, times) -> System.out.printf("| — live %s, p50 | %.1f ms |%n", call, median(times) / 1e6));
            System.out.printf("| summary numbers equal the live aggregation (all centers; C01+C02) | %s |%n", same ? "yes" : "NO");
            System.out.printf("| dashboard render data, filtered (LIVER, MWA, from 2020-01-01; live SQL), %d runs | p50 %.0f ms, max %.0f ms |%n",
                    filtered.length, filtered[filtered.length / 2] / 1e6, filtered[filtered.length - 1] / 1e6);
            filteredCalls.forEach((call, times) -> System.out.printf("| — filtered %s, p50 | %.1f ms |%n", call, median(times) / 1e6));
            System.out.printf("| one case's event-driven update (rows + its center's summary), 10 runs | p50 %.0f ms, max %.0f ms |%n",
                    update[update.length / 2] / 1e6, update[update.length - 1] / 1e6);
            for (SurvivalEndpoint endpoint : SurvivalEndpoint.values()) {
                System.out.printf("| Kaplan-Meier %s by modality (live) | %.0f ms |%n", endpoint, km[endpoint.ordinal()] / 1e6);
            }
        }
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres, String initSql) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(postgres.getPostgresDatabase());
        config.setMaximumPoolSize(4);
        config.setConnectionInitSql(initSql);
        return new HikariDataSource(config);
    }

    private static final String[] EXPLAINED = {
        // live: the outcome summary's tumour count per patient, and one tumour-joined quality indicator (QI-02)
        "select p.center_id as grp, count(*), sum((select count(*) from app.outcome_tumour t where t.case_id = p.case_id))"
                + " from app.outcome_patient p where 1 = 1 group by grp order by grp",
        "select p.center_id, count(*) filter (where t.technical_success) as num, count(t.technical_success) as den"
                + " from app.outcome_tumour t join app.outcome_patient p on p.case_id = t.case_id where 1 = 1"
                + " group by p.center_id order by p.center_id",
        // V20: the quality indicators' sums and the QI-06 life table, the live parts that move with today
        "select s.center_id, sum(s.patients), sum(s.tumours), sum(s.liver_sessions) from app.registry_summary s"
                + " group by s.center_id order by s.center_id",
        "select l.center_id as grp, l.days, sum(l.events), sum(l.censored) from app.registry_life_table l"
                + " where l.endpoint = 'TUMOUR_TTLTP' group by grp, l.days order by grp, l.days",
        "select s.center_id, count(*) from app.outcome_session s where s.session_date > current_date - 365"
                + " group by s.center_id order by s.center_id",
        "select p.center_id, count(*) from app.outcome_patient p where not p.os_event"
                + " and (p.start_date + p.os_days) >= current_date - 365 group by p.center_id",
        // filtered (live): the tumour join under organ, modality and period filters
        "select p.center_id, count(*) filter (where t.technical_success) as num, count(t.technical_success) as den"
                + " from app.outcome_tumour t join app.outcome_patient p on p.case_id = t.case_id where 1 = 1"
                + " and p.organ = 'LIVER' and p.modality = 'MWA' and p.start_date >= date '2020-01-01'"
                + " group by p.center_id order by p.center_id"};

    private static final String[] MIGRATIONS = {"V16__outcomes.sql", "V20__registry_summary.sql"};

    /** The calls RegistryDashboardView makes on open (constructor: filters, then refresh), each timed into perCall. */
    private static long firstRender(RegistryAnalytics analytics, Cohort cohort, Map<String, long[]> perCall, int run,
                                    int runs) {
        long start = System.nanoTime();
        time(perCall, "filterValues", run, runs, analytics::filterValues);
        time(perCall, "outcomes by center", run, runs, () -> analytics.outcomes(cohort, "center"));
        time(perCall, "qualityIndicators", run, runs, () -> analytics.qualityIndicators(cohort));
        time(perCall, "completeness", run, runs, () -> analytics.completeness(cohort));
        time(perCall, "concordance", run, runs, () -> analytics.concordance(cohort));
        time(perCall, "survival OS, no grouping", run, runs, () -> analytics.survival(SurvivalEndpoint.OS, "none", cohort));
        return System.nanoTime() - start;
    }

    private static boolean sameNumbers(RegistryAnalytics summary, RegistryAnalytics live, Cohort cohort) {
        boolean same = true;
        for (String by : List.of("center", "modality", "organ", "none")) {
            same &= check("outcomes by " + by, summary.outcomes(cohort, by), live.outcomes(cohort, by));
        }
        same &= check("quality indicators", summary.qualityIndicators(cohort), live.qualityIndicators(cohort));
        same &= check("completeness", summary.completeness(cohort), live.completeness(cohort));
        same &= check("concordance", summary.concordance(cohort), live.concordance(cohort));
        same &= check("filter values", summary.filterValues(), live.filterValues());
        for (String by : List.of("none", "center")) {
            same &= check("OS by " + by, summary.survival(SurvivalEndpoint.OS, by, cohort),
                    live.survival(SurvivalEndpoint.OS, by, cohort));
        }
        return same;
    }

    private static boolean check(String what, Object summary, Object live) {
        if (!summary.equals(live)) {
            System.out.println("DIFFERENT: " + what + "\n summary " + summary + "\n live    " + live);
            return false;
        }
        return true;
    }

    private static void time(Map<String, long[]> perCall, String call, int run, int runs, Runnable action) {
        long s = System.nanoTime();
        action.run();
        perCall.computeIfAbsent(call, k -> new long[runs])[run] = System.nanoTime() - s;
    }

    private static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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
