package org.ablationpath.eligibility.internal;

import org.kie.api.definition.rule.Rule;

import java.util.Map;

/**
 * What a rule emits when it fires. Id, outcome, rationale, source, correctability and required action are read
 * from the firing rule's metadata, so the DRL is the only place they are written down.
 */
public final class Finding {

    private final String ruleId;
    private final String ruleName;
    private final String outcome;
    private final String field;
    private final String tumorId;
    private final String message;
    private final boolean correctable;
    private final String requiredAction;
    private final String rationale;
    private final String source;
    private final boolean indication;

    public Finding(String ruleId, String ruleName, String outcome, String field, String tumorId, String message,
                   boolean correctable, String requiredAction, String rationale, String source, boolean indication) {
        this.ruleId = ruleId;
        this.ruleName = ruleName;
        this.outcome = outcome;
        this.field = field;
        this.tumorId = tumorId;
        this.message = message;
        this.correctable = correctable;
        this.requiredAction = requiredAction;
        this.rationale = rationale;
        this.source = source;
        this.indication = indication;
    }

    /** Called from rule consequences: {@code insert(Finding.fire(drools.getRule(), path, tumorId, message))}. */
    public static Finding fire(Rule rule, String field, String tumorId, String message) {
        Map<String, Object> meta = rule.getMetaData();
        return new Finding(
                RuleMetadata.text(meta, "id"),
                rule.getName(),
                RuleMetadata.text(meta, "outcome"),
                field,
                tumorId,
                message,
                Boolean.parseBoolean(RuleMetadata.text(meta, "correctable")),
                RuleMetadata.text(meta, "action"),
                RuleMetadata.text(meta, "rationale"),
                RuleMetadata.text(meta, "source"),
                Boolean.parseBoolean(RuleMetadata.text(meta, "indication")));
    }

    public String getRuleId() { return ruleId; }
    public String getRuleName() { return ruleName; }
    public String getOutcome() { return outcome; }
    public String getField() { return field; }
    public String getTumorId() { return tumorId; }
    public String getMessage() { return message; }
    public boolean isCorrectable() { return correctable; }
    public String getRequiredAction() { return requiredAction; }
    public String getRationale() { return rationale; }
    public String getSource() { return source; }
    /** True for organ indication rules (none exist yet); aggregation needs them to tell DISCUSS-by-default apart. */
    public boolean isIndication() { return indication; }

    @Override
    public String toString() {
        return ruleId + " " + outcome + " " + (field != null ? field : "") + (tumorId != null ? " [" + tumorId + "]" : "")
                + ": " + message;
    }
}
