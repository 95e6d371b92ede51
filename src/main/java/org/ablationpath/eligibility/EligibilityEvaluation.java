package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The answer of {@code POST /api/evaluations/eligibility} (contracts/case-evaluation.md, response).
 * {@code normalizedInputs} (the document with canonical units) and {@code evaluationDate} are for the caller to
 * store with the evaluation; they are not part of the JSON answer. {@code ectPlan} is null (and absent from the
 * JSON) unless electrochemotherapy applies (ECT-02).
 * <p>
 * A class with record-style accessors rather than a record so that {@code normalizedInputs} can be built on first
 * use: the Jackson tree of the document cost about a tenth of an evaluation and only stored evaluations need it.
 * The JSON answer is the same as the record's was (same properties, same order).
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
@JsonPropertyOrder({"validation", "computed", "eligibility", "modality", "decisionSuggestions", "rulesVersion",
        "ectPlan"})
public final class EligibilityEvaluation {

    private final ValidationResult validation;
    private final ComputedData computed;
    private final EligibilityResult eligibility;
    private final ModalityResult modality;
    private final List<String> decisionSuggestions;
    private final String rulesVersion;
    private final LocalDate evaluationDate;
    private final EctPlan ectPlan;
    private final List<FiredRule> followUpRulesFired;
    private final List<VrrReading> vrr;
    private Supplier<JsonNode> normalizedInputsSource;
    private JsonNode normalizedInputs;

    public EligibilityEvaluation(ValidationResult validation, ComputedData computed, EligibilityResult eligibility,
                                 ModalityResult modality, List<String> decisionSuggestions, String rulesVersion,
                                 JsonNode normalizedInputs, LocalDate evaluationDate, EctPlan ectPlan) {
        this(validation, computed, eligibility, modality, decisionSuggestions, rulesVersion, () -> normalizedInputs,
                evaluationDate, ectPlan, List.of(), List.of());
    }

    /** @param normalizedInputs called at most once, when {@link #normalizedInputs()} is first asked for */
    EligibilityEvaluation(ValidationResult validation, ComputedData computed, EligibilityResult eligibility,
                          ModalityResult modality, List<String> decisionSuggestions, String rulesVersion,
                          Supplier<JsonNode> normalizedInputs, LocalDate evaluationDate, EctPlan ectPlan,
                          List<FiredRule> followUpRulesFired, List<VrrReading> vrr) {
        this.validation = validation;
        this.computed = computed;
        this.eligibility = eligibility;
        this.modality = modality;
        this.decisionSuggestions = decisionSuggestions;
        this.rulesVersion = rulesVersion;
        this.normalizedInputsSource = normalizedInputs;
        this.evaluationDate = evaluationDate;
        this.ectPlan = ectPlan;
        this.followUpRulesFired = List.copyOf(followUpRulesFired);
        this.vrr = List.copyOf(vrr);
    }

    @JsonProperty
    public ValidationResult validation() {
        return validation;
    }

    @JsonProperty
    public ComputedData computed() {
        return computed;
    }

    @JsonProperty
    public EligibilityResult eligibility() {
        return eligibility;
    }

    @JsonProperty
    public ModalityResult modality() {
        return modality;
    }

    @JsonProperty
    public List<String> decisionSuggestions() {
        return decisionSuggestions;
    }

    @JsonProperty
    public String rulesVersion() {
        return rulesVersion;
    }

    /** The normalized document as a JSON tree; built on the first call (from immutable inputs), then kept. */
    public synchronized JsonNode normalizedInputs() {
        if (normalizedInputsSource != null) {
            normalizedInputs = normalizedInputsSource.get();
            normalizedInputsSource = null;
        }
        return normalizedInputs;
    }

    public LocalDate evaluationDate() {
        return evaluationDate;
    }

    @JsonProperty
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public EctPlan ectPlan() {
        return ectPlan;
    }

    /**
     * The follow-up rules that fired on the document's followUp block (THY-06, DEC-07): not part of the pre-assessment
     * answer; the case API reports them as {@code outcomes.rulesFiredOnFollowUp}.
     */
    public List<FiredRule> followUpRulesFired() {
        return followUpRulesFired;
    }

    /** CALC-06 for each thyroid nodule volume measured after its ablation (the case API's {@code outcomes.vrr}). */
    public List<VrrReading> vrr() {
        return vrr;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EligibilityEvaluation e && Objects.equals(validation, e.validation)
                && Objects.equals(computed, e.computed) && Objects.equals(eligibility, e.eligibility)
                && Objects.equals(modality, e.modality) && Objects.equals(decisionSuggestions, e.decisionSuggestions)
                && Objects.equals(rulesVersion, e.rulesVersion) && Objects.equals(normalizedInputs(), e.normalizedInputs())
                && Objects.equals(evaluationDate, e.evaluationDate) && Objects.equals(ectPlan, e.ectPlan)
                && followUpRulesFired.equals(e.followUpRulesFired) && vrr.equals(e.vrr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(validation, computed, eligibility, modality, decisionSuggestions, rulesVersion,
                normalizedInputs(), evaluationDate, ectPlan, followUpRulesFired, vrr);
    }

    @Override
    public String toString() {
        return "EligibilityEvaluation[validation=" + validation + ", computed=" + computed + ", eligibility="
                + eligibility + ", modality=" + modality + ", decisionSuggestions=" + decisionSuggestions
                + ", rulesVersion=" + rulesVersion + ", normalizedInputs=" + normalizedInputs()
                + ", evaluationDate=" + evaluationDate + ", ectPlan=" + ectPlan
                + ", followUpRulesFired=" + followUpRulesFired + ", vrr=" + vrr + "]";
    }
}
