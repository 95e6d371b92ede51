package org.ablationpath.platform.web;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Whether a failure means that someone else changed the same record or task at the same moment (a lost race, 409),
 * rather than a fault: our own {@link ConflictException}, a stale JPA version, a unique key taken by a simultaneous
 * insert, or the process engine's optimistic lock (matched by name: only the pathway module may use the engine).
 */
public final class Conflicts {

    private static final String ENGINE_OPTIMISTIC_LOCK = "org.camunda.bpm.engine.OptimisticLockingException";

    private Conflicts() {
    }

    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConflictException || t instanceof OptimisticLockingFailureException
                    || t instanceof DuplicateKeyException || t.getClass().getName().equals(ENGINE_OPTIMISTIC_LOCK)) {
                return true;
            }
        }
        return false;
    }

    /** The message to show: our own conflict's text, or a general one. */
    public static String message(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConflictException c) {
                return c.getMessage();
            }
        }
        return "Someone else changed this record at the same time. Reload it and apply your change again.";
    }
}
