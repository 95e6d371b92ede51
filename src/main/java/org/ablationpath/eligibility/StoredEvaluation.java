package org.ablationpath.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An evaluation kept with its case: inputs snapshot, the contract's response ({@code result}), rules version
 * and profile. Never overwritten; a re-evaluation adds a new one (pathway.md STG-03).
 */
public record StoredEvaluation(UUID id, UUID caseId, Instant evaluatedAt, LocalDate evaluationDate, String rulesVersion,
                               String ruleProfile, String finalStatus, boolean correctable, String trigger,
                               JsonNode result) {

    public List<FiredRule> rulesFired() {
        List<FiredRule> fired = new ArrayList<>();
        for (JsonNode rule : result.path("eligibility").path("rulesFired")) {
            fired.add(new FiredRule(text(rule, "id"), text(rule, "outcome"), text(rule, "message"), text(rule, "rationale"),
                    text(rule, "source"), text(rule, "tumorId")));
        }
        return fired;
    }

    public List<String> requiredActions() {
        List<String> actions = new ArrayList<>();
        result.path("eligibility").path("requiredActions").forEach(a -> actions.add(a.asText()));
        return actions;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
