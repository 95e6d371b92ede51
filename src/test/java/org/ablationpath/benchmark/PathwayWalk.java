package org.ablationpath.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks many cases through the pathway phase by phase: every open task of one step is completed (in parallel),
 * then the engine clock moves and every due timer fires. A step is one engine command that advances a case: a
 * start, a task completion or a timer. The same walk drives the bare engine and the whole application.
 */
final class PathwayWalk {

    /** How a walk completes one task of a given activity. */
    interface TaskCompleter {
        void complete(Task task);
    }

    private final ProcessEngine engine;
    private final ExecutorService workers;
    private final Consumer<Runnable> perThread;
    final AtomicLong steps = new AtomicLong();
    long busyNanos;
    /** The machine's busy CPU seconds while the phases ran (not between them, where the walk looks up its tasks). */
    double busyCpuSeconds;
    /** Of those, this JVM's own (the rest is PostgreSQL's, and whatever else ran). */
    double jvmCpuSeconds;
    private int clockMoves;
    /** Per phase (an activity, the referrals, a day's timers): steps and wall nanos, to see where an overhead lies. */
    private final Map<String, Phase> phases = new LinkedHashMap<>();

    /** One phase's totals, and the wall-clock span of its last run (to find its samples in a profile). */
    private static final class Phase {
        long steps;
        long nanos;
        long lastStartMillis;
        long lastEndMillis;
    }

    PathwayWalk(ProcessEngine engine, int threads, Consumer<Runnable> perThread) {
        this.engine = engine;
        this.workers = Executors.newFixedThreadPool(threads);
        this.perThread = perThread;
    }

    private PathwayWalk() {
        this.engine = null;
        this.workers = null;
        this.perThread = null;
    }

    /** An empty total that walks nothing itself: {@link #add} sums walks into it. */
    static PathwayWalk total() {
        return new PathwayWalk();
    }

    /** Adds another walk's steps and time, phase by phase (the last run's span is the other's). */
    void add(PathwayWalk other) {
        steps.addAndGet(other.steps.get());
        busyNanos += other.busyNanos;
        busyCpuSeconds += other.busyCpuSeconds;
        jvmCpuSeconds += other.jvmCpuSeconds;
        other.phases.forEach((name, phase) -> {
            Phase totals = phases.computeIfAbsent(name, p -> new Phase());
            totals.steps += phase.steps;
            totals.nanos += phase.nanos;
            totals.lastStartMillis = phase.lastStartMillis;
            totals.lastEndMillis = phase.lastEndMillis;
        });
    }

    void run(String phase, List<Runnable> work) {
        timed(phase, work.size(), () -> {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable item : work) {
                futures.add(workers.submit(() -> perThread.accept(() -> {
                    item.run();
                    steps.incrementAndGet();
                })));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (Exception e) {
                    throw new IllegalStateException("A step failed", e);
                }
            }
        });
    }

    /** Runs one phase's work, adding its wall time and CPU to the walk's and the phase's totals. */
    private void timed(String phase, int phaseSteps, Runnable work) {
        double cpuBefore = ProcessCpu.machineBusySeconds();
        double jvmBefore = ProcessCpu.thisJvmSeconds();
        long start = System.nanoTime();
        work.run();
        long nanos = System.nanoTime() - start;
        busyNanos += nanos;
        busyCpuSeconds += ProcessCpu.machineBusySeconds() - cpuBefore;
        jvmCpuSeconds += ProcessCpu.thisJvmSeconds() - jvmBefore;
        Phase totals = phases.computeIfAbsent(phase, p -> new Phase());
        totals.steps += phaseSteps;
        totals.nanos += nanos;
        totals.lastEndMillis = System.currentTimeMillis();
        totals.lastStartMillis = totals.lastEndMillis - nanos / 1_000_000;
    }

    /** Completes every open task of this activity among the walk's cases. */
    int completeAll(String activityId, List<String> businessKeys, TaskCompleter completer) {
        List<Task> open = new ArrayList<>();
        for (String key : businessKeys) {
            open.addAll(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
                    .taskDefinitionKey(activityId).initializeFormKeys().list());
        }
        run(activityId, open.stream().<Runnable>map(task -> () -> completer.complete(task)).toList());
        return open.size();
    }

    /**
     * Runs work that belongs to the walk but is no pathway step, such as the registry's queued recomputes: its time
     * counts, its steps do not.
     */
    void finish(String phase, Runnable work) {
        timed(phase, 0, work);
    }

    /** Moves the engine clock to the start of the day and fires every due timer of the walk's cases. */
    int advanceTo(LocalDate day, List<String> businessKeys) {
        ClockUtil.setCurrentTime(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        int fired = 0;
        String phase = "timers, move " + (++clockMoves);
        for (int round = 0; round < 5; round++) {
            List<Job> due = new ArrayList<>();
            for (String key : businessKeys) {
                engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).list()
                        .forEach(instance -> due.addAll(engine.getManagementService().createJobQuery()
                                .processInstanceId(instance.getId()).executable().list()));
            }
            if (due.isEmpty()) {
                break;
            }
            run(phase, due.stream().<Runnable>map(job -> () -> engine.getManagementService().executeJob(job.getId())).toList());
            fired += due.size();
        }
        return fired;
    }

    void close() {
        if (workers != null) {
            workers.shutdown();
        }
    }

    /** Milliseconds of wall time per step, phase by phase (with the walk's threads in parallel). */
    String phaseSummary() {
        StringBuilder out = new StringBuilder();
        phases.forEach((phase, t) -> out.append(t.steps == 0
                ? String.format("  %-32s   no steps %7.0f ms in all  (last run %tT.%<tL-%tT.%<tL)%n",
                        phase, t.nanos / 1e6, t.lastStartMillis, t.lastEndMillis)
                : String.format("  %-32s %,7d steps %7.2f ms/step   (last run %tT.%<tL-%tT.%<tL)%n",
                        phase, t.steps, t.nanos / 1e6 / t.steps, t.lastStartMillis, t.lastEndMillis)));
        return out.toString();
    }

    double cpuMillisPerStep() {
        return 1000 * busyCpuSeconds / steps.get();
    }

    double jvmCpuMillisPerStep() {
        return 1000 * jvmCpuSeconds / steps.get();
    }

    double stepsPerSecond() {
        return steps.get() / (busyNanos / 1e9);
    }
}
