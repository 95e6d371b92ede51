package org.ablationpath.benchmark;

import java.time.LocalDate;

/**
 * Speed of the pathway (issue 4): N generated cases walked from referral through the first follow-up visit on
 * PostgreSQL with history FULL, in pathway steps per second, for the application and for a bare engine running
 * the same BPMN with no-op delegates. Not a test: it reports, it asserts nothing. Run with
 * {@code mvn -q -B -Pbenchmark test-compile exec:java -Dbenchmark.main=org.ablationpath.benchmark.PathwayBenchmark}
 * (options: -Dbenchmark.cases=1000 -Dbenchmark.threads=2 -Dbenchmark.chunks=4, the warm-up's in {@link JitWarmUp};
 * -Dbenchmark.only=bare or application runs one side, e.g. under a profiler).
 *
 * <p>Both sides first walk warm-up rounds, not counted, until the JIT is quiet ({@link JitWarmUp}): a server that
 * runs for weeks is past its compilation, and a walk counted while C2 still compiles measures the JIT as much as
 * the pathway. Then the counted cases are walked in chunks, the sides taking turns (bare, application, bare, ...):
 * run one after the other, a machine that was slower for a few minutes moved the overhead by up to 0.5 (docs/benchmarks.md).
 */
public final class PathwayBenchmark {

    private PathwayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("benchmark.cases", 1000);
        int threads = Integer.getInteger("benchmark.threads", Runtime.getRuntime().availableProcessors());
        int chunks = Math.max(1, Math.min(cases, Integer.getInteger("benchmark.chunks", 4)));
        LocalDate start = LocalDate.now().minusDays(150);
        String only = System.getProperty("benchmark.only", "");
        boolean bareSide = !only.equals("application");
        boolean appSide = !only.equals("bare");
        System.out.printf("Pathway benchmark: %d cases in %d alternating chunks (after warm-up rounds of %d cases until the JIT is"
                + " quiet), %d threads, referral to first follow-up visit%n", cases, chunks, JitWarmUp.CASES_PER_ROUND, threads);

        try (ApplicationRun app = appSide ? new ApplicationRun(threads) : null) {
            if (bareSide) {
                JitWarmUp.run("bare engine", warmup -> BareEngineRun.walk(warmup, threads, start));
            }
            if (appSide) {
                JitWarmUp.run("application", app::walk);
            }
            if (PgStatements.ENABLED) {
                if (bareSide) {
                    PgStatements.reset(BareEngineRun.dataSource());
                }
                if (appSide) {
                    PgStatements.reset(app.dataSource());
                }
            }
            // the sides take turns, so that a machine slower for some minutes slows both alike
            PathwayWalk bare = PathwayWalk.total();
            PathwayWalk application = PathwayWalk.total();
            for (int chunk = 0; chunk < chunks; chunk++) {
                int chunkCases = cases / chunks + (chunk < cases % chunks ? 1 : 0);
                PathwayWalk bareChunk = null;
                PathwayWalk applicationChunk = null;
                if (bareSide) {
                    bareChunk = BareEngineRun.walk(chunkCases, threads, start);
                    bare.add(bareChunk);
                }
                if (appSide) {
                    applicationChunk = app.walk(chunkCases);
                    application.add(applicationChunk);
                }
                System.out.printf("chunk %d     : %d cases, bare engine %s, application %s%n", chunk + 1, chunkCases,
                        bareChunk == null ? "-" : String.format("%.0f steps/s", bareChunk.stepsPerSecond()),
                        applicationChunk == null ? "-" : String.format("%.0f steps/s", applicationChunk.stepsPerSecond()));
            }
            if (bareSide) {
                print("bare engine", bare);
                if (PgStatements.ENABLED) {
                    PgStatements.print("bare engine", BareEngineRun.dataSource(), bare.steps.get());
                }
            }
            if (appSide) {
                print("application", application);
                if (PgStatements.ENABLED) {
                    PgStatements.print("application", app.dataSource(), application.steps.get());
                }
            }
            // the machine's busy CPU while each side's phases ran (its JVM and PostgreSQL, and whatever else runs):
            // the work per step, which a machine running slower for a while changes less than the wall time
            if (bareSide) {
                printCpu("bare engine", bare);
            }
            if (appSide) {
                printCpu("application", application);
            }
            if (bareSide && appSide) {
                System.out.printf("overhead    : %.2f x the bare engine's time per step (%.2f x its machine CPU per step)%n",
                        bare.stepsPerSecond() / application.stepsPerSecond(),
                        application.cpuMillisPerStep() / bare.cpuMillisPerStep());
            }
        }
        System.exit(0);
    }

    private static void printCpu(String side, PathwayWalk walk) {
        System.out.printf("%-12s: %.2f ms of machine CPU per step (this JVM %.2f, the rest, mostly PostgreSQL, %.2f)%n", side,
                walk.cpuMillisPerStep(), walk.jvmCpuMillisPerStep(), walk.cpuMillisPerStep() - walk.jvmCpuMillisPerStep());
    }

    private static void print(String side, PathwayWalk walk) {
        System.out.printf("%-12s: %,d steps in %.1f s = %,.0f steps/s%n", side, walk.steps.get(), walk.busyNanos / 1e9,
                walk.stepsPerSecond());
        System.out.print(walk.phaseSummary());
    }
}
