package org.ablationpath.safety.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ablationpath.safety.AlertPriority;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ablationpath.safety.escalation.*}: safety.md 6.1 mapped onto the application's roles (a local mapping, Ev. L).
 * The acknowledgement limits are not here: one setting, {@code ablationpath.safety.acknowledge-within}, serves the
 * rules and the store (see {@link org.ablationpath.safety.SafetySettings}).
 *
 * @param levels            per priority, the escalation levels in order: who is added and how long after the raise
 *                          (first level) or the previous escalation (further levels) it happens
 */
@ConfigurationProperties("ablationpath.safety.escalation")
record EscalationProperties(@DefaultValue Map<AlertPriority, List<Level>> levels) {

    /** A time limit: a duration, or a number of working days (ablationpath.safety.working-days) at the same time of day. */
    record Limit(Duration after, Integer afterWorkingDays) {
    }

    /** One escalation level: the roles that receive the alert from then on, and when it happens. */
    record Level(List<String> roles, Duration after, Integer afterWorkingDays) {
        Limit limit() {
            return new Limit(after, afterWorkingDays);
        }
    }
}
