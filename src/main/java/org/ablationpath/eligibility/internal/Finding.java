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
    private final String organ;
    private final String tumorKey;

    public Finding(String ruleId, String ruleName, String outcome, String field, String tumorId, String message,
                   boolean correctable, String requiredAction, String rationale, String source, boolean indication) {
        this(ruleId, ruleName, outcome, field, tumorId, message, correctable, requiredAction, rationale, source,
                indication, null, null);
    }

    public Finding(String ruleId, String ruleName, String outcome, String field, String tumorId, String message,
                   boolean correctable, String requiredAction, String rationale, String source, boolean indication,
                   String organ, String tumorKey) {
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
        this.organ = organ;
        this.tumorKey = tumorKey;
    }

    /** Called from rule consequences: {@code insert(Finding.fire(drools.getRule(), path, tumorId, message))}. */
    public static Finding fire(Rule rule, String field, String tumorId, String message) {
        return fire(rule, field, tumorId, null, null, message);
    }

    /** VAL-01: a mandatory path without a value ({@code tumorId} null for patient-level paths). */
    public static Finding missing(Rule rule, String path, String tumorId) {
        return fire(rule, path, tumorId, path + " is mandatory but missing");
    }

    /**
     * A finding about one tumour: carries its tumorId and organ, so an {@code @indication("true")} rule counts for
     * that organ even when the record has no tumorId. {@code field} may be null.
     */
    public static Finding fire(Rule rule, TumorFact tumor, String field, String message) {
        return fire(rule, field, tumor.getTumorId(), tumor.getOrgan(), tumor.getKey(), message);
    }

    /**
     * A patient-level finding that counts for an organ (an {@code @indication("true")} rule about all tumours of
     * the organ, e.g. "two or three HCC"). {@code field} may be null.
     */
    public static Finding fireForOrgan(Rule rule, String organ, String field, String message) {
        return fire(rule, field, null, organ, null, message);
    }

    private static Finding fire(Rule rule, String field, String tumorId, String organ, String tumorKey,
                                String message) {
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
                Boolean.parseBoolean(RuleMetadata.text(meta, "indication")),
                organ,
                tumorKey);
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
    /** True for organ indication rules ({@code @indication("true")}); without one the organ is DISCUSS by default. */
    public boolean isIndication() { return indication; }
    /** Organ of the tumour the finding is about (set by {@link #fire(Rule, TumorFact, String, String)}), else null. */
    public String getOrgan() { return organ; }
    /**
     * {@link TumorFact#getKey()} of the tumour the finding is about (set by the TumorFact overload of fire), else
     * null; lets advice rules match "LIV-10 fired for this tumour": {@code Finding(ruleId == "LIV-10", tumorKey == $k)}.
     */
    public String getTumorKey() { return tumorKey; }

    @Override
    public String toString() {
        return ruleId + " " + outcome + " " + (field != null ? field : "") + (tumorId != null ? " [" + tumorId + "]" : "")
                + ": " + message;
    }
}
