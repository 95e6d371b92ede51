package org.ablationpath.safety.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.ablationpath.safety.AlertPriority;
import org.kie.api.definition.rule.Rule;

/**
 * An alert an ALR rule asks for, before routing: the recipients are safety.md's names from the rule's
 * {@code @recipients} metadata (OPERATOR_IR, MDT_CHAIR, ...), mapped onto application roles by configuration.
 * {@code dueWithin} is a rule's own acknowledgement limit (ALR-16: the protocol's reporting time); null means the
 * priority class's configured limit.
 */
public record AlertFinding(String ruleId, AlertPriority priority, String causeKey, String trigger, String message,
                           List<String> recipients, Duration dueWithin) {

    public static AlertFinding of(Rule rule, String priority, String causeKey, String trigger, String message) {
        String names = RuleIds.text(rule.getMetaData(), "recipients");
        List<String> recipients = names == null || names.isBlank() ? List.of()
                : Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new AlertFinding(RuleIds.id(rule), AlertPriority.valueOf(priority), causeKey, trigger, message, recipients,
                null);
    }

    /** The same finding, due within the given hours instead of its priority class's limit. */
    public AlertFinding dueWithinHours(int hours) {
        return new AlertFinding(ruleId, priority, causeKey, trigger, message, recipients, Duration.ofHours(hours));
    }
}
