package org.ablationpath.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ablationpath.benchmark.EligibilityBenchmark;
import org.ablationpath.eligibility.internal.AdviceGate;
import org.ablationpath.eligibility.internal.CaseNormalizer;
import org.ablationpath.eligibility.internal.NormalizedCase;
import org.ablationpath.eligibility.internal.RuleEngine;
import org.ablationpath.eligibility.internal.RuleParameters;
import org.ablationpath.eligibility.internal.score.Scores;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Where one evaluation of the typical liver case spends its time (issue 3), phase by phase: normalising, inserting
 * the facts, propagating them, firing each agenda group, resetting the pooled session; then the whole
 * {@link EligibilityService#evaluate} for comparison. Medians over many sequential evaluations on one thread are far
 * steadier on a shared machine than the throughput figures of {@link EligibilityBenchmark}. Not a test: it reports.
 * Run with {@code mvn -q -B -Pbenchmark test-compile exec:java -Dbenchmark.main=org.ablationpath.eligibility.EligibilityPhaseBenchmark}
 * (option -Dbenchmark.evaluations=40000 per round; the first of two rounds is the JIT's warm-up). It lives in
 * this package because it drives the service's rule engine directly.
 */
public final class EligibilityPhaseBenchmark {

    private static final String[] PHASES = {"normalise and score", "new session", "insert facts", "propagate",
        "fire validation", "fire clinical", "fire advice", "reset session", "whole evaluate()"};

    private EligibilityPhaseBenchmark() {
    }

    public static void main(String[] args) {
        int n = Integer.getInteger("benchmark.evaluations", 40_000);
        EligibilityService service = new EligibilityService(Map.of(), Clock.systemDefaultZone());
        service.afterSingletonsInstantiated();
        CaseDocument doc = EligibilityBenchmark.typicalLiverDocument();
        RuleParameters parameters = RuleParameters.withOverrides(Map.of());
        KieSessionsPool pool = service.engine().kieBase().newKieSessionsPool(1);
        long[][] nanos = new long[PHASES.length][n];
        int facts = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                NormalizedCase normalized = CaseNormalizer.normalize(doc, LocalDate.now());
                Scores scores = Scores.compute(normalized.document(), false);
                List<Object> all = new ArrayList<>(normalized.facts());
                all.addAll(scores.facts());
                all.add(parameters);
                facts = all.size();
                long t1 = System.nanoTime();
                KieSession session = pool.newKieSession();
                long t2 = System.nanoTime();
                all.forEach(session::insert);
                long t3 = System.nanoTime();
                // a group without rules: fireAllRules only propagates the inserted facts through the network
                session.getAgenda().getAgendaGroup("no-rules").setFocus();
                session.fireAllRules();
                long t4 = System.nanoTime();
                fire(session, RuleEngine.VALIDATION);
                long t5 = System.nanoTime();
                fire(session, RuleEngine.CLINICAL);
                long t6 = System.nanoTime();
                session.insert(new AdviceGate(true));
                fire(session, RuleEngine.ADVICE);
                long t7 = System.nanoTime();
                session.dispose();
                long t8 = System.nanoTime();
                service.evaluate(doc);
                long t9 = System.nanoTime();
                long[] d = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6, t8 - t7, t9 - t8};
                for (int k = 0; k < d.length; k++) {
                    nanos[k][i] = d[k];
                }
            }
        }
        System.out.printf("%nEligibility phases — typical liver case, %d facts inserted, %d evaluations, Java %s%n%n",
                facts, n, System.getProperty("java.version"));
        System.out.println("| phase | p50 | mean |");
        System.out.println("|---|---:|---:|");
        for (int k = 0; k < PHASES.length; k++) {
            long[] sorted = nanos[k].clone();
            Arrays.sort(sorted);
            System.out.printf("| %s | %.1f µs | %.1f µs |%n", PHASES[k], sorted[n / 2] / 1e3,
                    Arrays.stream(sorted).average().orElse(0) / 1e3);
        }
    }

    private static void fire(KieSession session, String group) {
        session.getAgenda().getAgendaGroup(group).setFocus();
        session.fireAllRules();
    }
}
