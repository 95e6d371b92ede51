package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The case document of the evaluation contract (contracts/case-evaluation.md, request). Every field is nullable:
 * absence is judged by the validation rules (VAL-01), not by the JSON binding. Enum-valued fields and dates are
 * strings so that an unknown value or an impossible calendar date becomes a clinical validation error with a
 * field path (VAL-07, VAL-05) instead of an HTTP 400.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseDocument(
        String ruleProfile,
        String asOfDate,
        PatientData patient,
        LabData labs,
        DiseaseData disease,
        List<TumorData> tumors,
        String plannedModality,
        DatesData dates,
        JsonNode followUp) {
}
