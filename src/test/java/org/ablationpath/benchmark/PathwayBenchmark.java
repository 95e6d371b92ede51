package org.ablationpath.benchmark;

import java.time.LocalDate;

/**
 * Speed of the pathway (issue 4): N generated cases walked from referral through the first follow-up visit on
 * PostgreSQL with history FULL, in pathway steps per second, for the application and for a bare engine running
 * the same BPMN with no-op delegates. Not a test: it reports, it asserts nothing. Run with
 * {@code mvn -q -B -Pbenchmark test-compile exec:java -Dbenchmark.main=org.ablationpath.benchmark.PathwayBenchmark}
 * (options: -Dbenchmark.cases=1000 -Dbenchmark.threads=2, the warm-up's in {@link JitWarmUp}; -Dbenchmark.only=bare or
 * application runs one side, e.g. under a profiler).
 *
 * <p>Both runs first walk warm-up rounds, not counted, until the JIT is quiet ({@link JitWarmUp}): a server that
 * runs for weeks is past its compilation, and a walk counted while C2 still compiles measures the JIT as much as
 * the pathway (docs/benchmarks.md).
 */
public final class PathwayBenchmark {

    private PathwayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("benchmark.cases", 1000);
        int threads = Integer.getInteger("benchmark.threads", Runtime.getRuntime().availableProcessors());
        LocalDate start = LocalDate.now().minusDays(150);
        System.out.printf("Pathway benchmark: %d cases (after warm-up rounds of %d cases until the JIT is quiet), %d threads,"
                + " referral to first follow-up visit%n", cases, JitWarmUp.CASES_PER_ROUND, threads);

        String only = System.getProperty("benchmark.only", "");
        PathwayWalk bare = null;
        if (!only.equals("application")) {
            JitWarmUp.run("bare engine", warmup -> BareEngineRun.walk(warmup, threads, start));
            bare = BareEngineRun.walk(cases, threads, start);
            System.out.printf("bare engine : %,d steps in %.1f s = %,.0f steps/s%n", bare.steps.get(), bare.busyNanos / 1e9,
                    bare.stepsPerSecond());
            System.out.print(bare.phaseSummary());
        }
        if (!only.equals("bare")) {
            PathwayWalk app = ApplicationRun.walk(cases, threads);
            System.out.printf("application : %,d steps in %.1f s = %,.0f steps/s%n", app.steps.get(), app.busyNanos / 1e9,
                    app.stepsPerSecond());
            System.out.print(app.phaseSummary());
            if (bare != null) {
                System.out.printf("overhead    : %.2f x the bare engine's time per step%n", bare.stepsPerSecond() / app.stepsPerSecond());
            }
        }
        System.exit(0);
    }
}
