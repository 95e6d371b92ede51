package org.ablationpath.outcomes.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ablationpath.outcomes.RegistryRecompute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Computes the queued outcome recomputes on one background thread of each node, a short delay after the previous
 * round: the registry follows the recorded events within about that delay, and a burst of events (a clinic's
 * afternoon, an import) is computed in batches instead of one case per request. Nodes share the queue safely
 * (ADR 0007), so the worker runs on every node.
 */
@Component
class OutcomeRecomputeWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeRecomputeWorker.class);

    private final RegistryRecompute recompute;
    private final Duration delay;
    private ScheduledExecutorService executor;

    OutcomeRecomputeWorker(RegistryRecompute recompute,
                           @Value("${ablationpath.outcomes.recompute-delay:PT0.5S}") Duration delay) {
        this.recompute = recompute;
        this.delay = delay;
    }

    @Override
    public synchronized void start() {
        if (delay.isZero() || delay.isNegative()) {
            // off: the tests compute the queue themselves, as they fire the engine's jobs themselves
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread worker = new Thread(runnable, "outcome-recompute");
            worker.setDaemon(true);
            return worker;
        });
        executor.scheduleWithFixedDelay(this::round, delay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            recompute.recomputeQueued();
        } catch (RuntimeException e) {
            // the queue keeps the cases: the next round tries again (a database restart, a failover)
            LOG.warn("Queued outcome recomputes not computed this round", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                // a round in progress commits or rolls back; what it did not finish stays queued
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
