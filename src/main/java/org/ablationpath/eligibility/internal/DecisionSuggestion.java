package org.ablationpath.eligibility.internal;

import org.kie.api.definition.rule.Rule;

import java.util.List;

/**
 * Decision codes (pathway section 6) that a rule suggests to the board, in the rule's order, e.g.
 * {@code insert(DecisionSuggestion.of(drools.getRule(), codes...))}. The response lists every
 * suggested code once, ordered by rule id and then by the order within the rule ({@link AdviceAggregator}).
 */
public final class DecisionSuggestion {

    private final String ruleId;
    private final List<String> codes;

    public DecisionSuggestion(String ruleId, List<String> codes) {
        this.ruleId = ruleId;
        this.codes = List.copyOf(codes);
    }

    public static DecisionSuggestion of(Rule rule, String... codes) {
        return new DecisionSuggestion(RuleMetadata.text(rule.getMetaData(), "id"), List.of(codes));
    }

    /** For a list assembled in the consequence (options with binding conditions). */
    public static DecisionSuggestion of(Rule rule, List<String> codes) {
        return new DecisionSuggestion(RuleMetadata.text(rule.getMetaData(), "id"), codes);
    }

    public String getRuleId() { return ruleId; }
    public List<String> getCodes() { return codes; }

    @Override
    public String toString() { return ruleId + " " + codes; }
}
