package org.ablationpath.platform.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a rule base on a thread of its own, so that the application's start-up does not wait for it on the main
 * thread (issue 9: ready in 20 s; each rule base takes a few seconds of one core). The thread inherits the
 * class loader of its creator: Drools loads the fact classes through it, and a Spring Boot jar's classes are not
 * visible to the system class loader. Its wall time is logged: the rule base's build time at start is an issue 3
 * target, and the operator sees it in the log of every node.
 */
public final class BackgroundBuild<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundBuild.class);

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private BackgroundBuild(String name, Supplier<T> work) {
        Thread thread = new Thread(() -> {
            try {
                long startedAt = System.nanoTime();
                T built = work.get();
                // wall time only: Drools compiles the rules on a fork-join pool too, so this thread's CPU is a part
                LOG.info("{} built in {} ms", name, (System.nanoTime() - startedAt) / 1_000_000);
                result.complete(built);
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, name);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.setDaemon(true);
        thread.start();
    }

    public static <T> BackgroundBuild<T> start(String name, Supplier<T> work) {
        return new BackgroundBuild<>(name, work);
    }

    /** Waits for the build; a build that failed throws its own exception (a DRL that does not compile, say). */
    public T get() {
        try {
            return result.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }
}
