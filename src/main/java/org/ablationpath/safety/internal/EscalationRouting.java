package org.ablationpath.safety.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.ablationpath.identity.Role;
import org.ablationpath.safety.AlertPriority;
import org.ablationpath.safety.SafetyRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The escalation routing of safety.md 6.1 as configured: the levels per priority class, their roles and times. LOG
 * and QI_LOG never escalate. Checked at start-up, so a misspelt role or a level without a time stops the application.
 */
@Component
@EnableConfigurationProperties(EscalationProperties.class)
class EscalationRouting {

    /** Where the store's own acknowledgement limits used to be configured; merged into the rules' setting. */
    static final String FORMER_ACKNOWLEDGE_WITHIN = "ablationpath.safety.escalation.acknowledge-within";

    private final EscalationProperties properties;
    private final SafetyRules rules;

    EscalationRouting(EscalationProperties properties, SafetyRules rules, Environment environment) {
        this.properties = properties;
        this.rules = rules;
        for (AlertPriority priority : AlertPriority.values()) {
            String former = FORMER_ACKNOWLEDGE_WITHIN + "." + priority;
            if (environment.containsProperty(former + ".after") || environment.containsProperty(former + ".after-working-days")) {
                throw new IllegalStateException(former + " is no longer read: acknowledgement limits are set once, under "
                        + "ablationpath.safety.acknowledge-within (p1-immediate, p2-urgent, p3-routine-working-days)");
            }
        }
        properties.levels().forEach((priority, levels) -> {
            if (!priority.needsAcknowledgement() && !levels.isEmpty()) {
                throw new IllegalStateException("ablationpath.safety.escalation.levels." + priority + ": " + priority
                        + " alerts are stored only and never escalate");
            }
            for (int i = 0; i < levels.size(); i++) {
                EscalationProperties.Level level = levels.get(i);
                String where = "ablationpath.safety.escalation.levels." + priority + "[" + i + "]";
                if (level.roles() == null || level.roles().isEmpty()) {
                    throw new IllegalStateException(where + ".roles is empty");
                }
                level.roles().forEach(role -> {
                    try {
                        Role.valueOf(role);
                    } catch (IllegalArgumentException unknown) {
                        throw new IllegalStateException(where + ".roles: unknown role " + role);
                    }
                });
                check(level.limit(), where);
            }
        });
    }

    /** The levels of a priority class; empty for LOG, QI_LOG and classes without configured levels. */
    List<EscalationProperties.Level> levels(AlertPriority priority) {
        return priority.needsAcknowledgement() ? properties.levels().getOrDefault(priority, List.of()) : List.of();
    }

    /** The level after {@code currentLevel} (0 = not escalated), if any. */
    Optional<EscalationProperties.Level> level(AlertPriority priority, int number) {
        List<EscalationProperties.Level> levels = levels(priority);
        return number >= 1 && number <= levels.size() ? Optional.of(levels.get(number - 1)) : Optional.empty();
    }

    /** When level {@code number} is due, counted from {@code from} (the raise or the previous escalation). */
    Optional<Instant> levelDue(AlertPriority priority, int number, Instant from, ZoneId zone) {
        return level(priority, number).map(level -> plus(from, level.limit(), zone));
    }

    /**
     * The acknowledgement due time when a draft brings none: the same limits the safety rules use
     * (ablationpath.safety.acknowledge-within); null for classes that need no acknowledgement.
     */
    Instant acknowledgeBy(AlertPriority priority, Instant raisedAt) {
        return rules.dueAt(priority, raisedAt);
    }

    /** The end of a level's limit: a duration around the clock, or working days as the safety rules count them. */
    Instant plus(Instant from, EscalationProperties.Limit limit, ZoneId zone) {
        return limit.afterWorkingDays() != null ? rules.workingDaysAfter(from, limit.afterWorkingDays(), zone)
                : from.plus(limit.after());
    }

    private static void check(EscalationProperties.Limit limit, String where) {
        if ((limit.after() == null) == (limit.afterWorkingDays() == null)) {
            throw new IllegalStateException(where + ": set either after (ISO 8601 duration) or after-working-days");
        }
    }
}
