package org.ablationpath.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.IntConsumer;

/**
 * Walks uncounted warm-up rounds until the JIT compilers are quiet, so that a benchmark counts the steady state a
 * node reaches after its first hours, not the compilation of its code (issue 9's start-up figures cover that). A
 * fixed number of rounds was not enough: the application's code is much larger than the bare engine's, and after
 * 300 cases C2 still took half a core during the first half of the counted walk (docs/benchmarks.md, Pathway).
 *
 * <p>A round is {@code -Dbenchmark.warmup-cases} cases (300). Rounds go on while the JIT spent more than
 * {@code -Dbenchmark.warmup-quiet} (0.10) of one core compiling during the round, up to
 * {@code -Dbenchmark.warmup-max-rounds} (8); each round is printed, so the reader sees where the walk stood.
 */
final class JitWarmUp {

    static final int CASES_PER_ROUND = Integer.getInteger("benchmark.warmup-cases", 300);
    private static final int MAX_ROUNDS = Integer.getInteger("benchmark.warmup-max-rounds", 8);
    private static final double QUIET = Double.parseDouble(System.getProperty("benchmark.warmup-quiet", "0.10"));

    private JitWarmUp() {
    }

    /** @param walk walks the given number of new cases, uncounted */
    static void run(String side, IntConsumer walk) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            long compiledBefore = jit.getTotalCompilationTime();
            long started = System.nanoTime();
            walk.accept(CASES_PER_ROUND);
            double wallMillis = (System.nanoTime() - started) / 1e6;
            long compiling = jit.getTotalCompilationTime() - compiledBefore;
            double share = compiling / wallMillis;
            System.out.printf("%-12s: warm-up round %d, %,d cases in %.1f s, JIT compiling %.1f s (%.2f of a core)%n",
                    side, round, CASES_PER_ROUND, wallMillis / 1e3, compiling / 1e3, share);
            if (share <= QUIET) {
                return;
            }
        }
        System.out.printf("%-12s: the JIT was still compiling after %d warm-up rounds%n", side, MAX_ROUNDS);
    }
}
