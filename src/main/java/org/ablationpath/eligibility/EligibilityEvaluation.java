package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code POST /api/evaluations/eligibility} (contracts/case-evaluation.md, response).
 * {@code normalizedInputs} (the document with canonical units) and {@code evaluationDate} are for the caller to
 * store with the evaluation; they are not part of the JSON answer. {@code ectPlan} is null (and absent from the
 * JSON) unless electrochemotherapy applies (ECT-02).
 */
public record EligibilityEvaluation(
        ValidationResult validation,
        ComputedData computed,
        EligibilityResult eligibility,
        ModalityResult modality,
        List<String> decisionSuggestions,
        String rulesVersion,
        @JsonIgnore JsonNode normalizedInputs,
        @JsonIgnore LocalDate evaluationDate,
        @JsonInclude(JsonInclude.Include.NON_NULL) EctPlan ectPlan) {
}
