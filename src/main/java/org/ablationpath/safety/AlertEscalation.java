package org.ablationpath.safety;

import java.time.Instant;

/**
 * The result of one escalation step.
 *
 * @param escalated    whether the alert went up a level (false when it was acknowledged meanwhile)
 * @param level        its escalation level now
 * @param nextLevelAt  when it escalates again if still unacknowledged; null when no further level exists
 */
public record AlertEscalation(boolean escalated, int level, Instant nextLevelAt) {

    public boolean furtherLevel() {
        return nextLevelAt != null;
    }
}
