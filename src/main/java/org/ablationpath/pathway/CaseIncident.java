package org.ablationpath.pathway;

import java.time.Instant;

/**
 * A job of one of the case's processes (the pathway, a called process, an alert escalation) that failed after its
 * retries: where it stopped, why, since when; {@code resolvedAt} once it was retried or its process moved on.
 */
public record CaseIncident(String id, String process, String activityId, String activity, String message,
                           Instant occurredAt, State state, Instant resolvedAt) {

    public enum State { OPEN, RESOLVED, DELETED }

    public boolean open() {
        return state == State.OPEN;
    }
}
