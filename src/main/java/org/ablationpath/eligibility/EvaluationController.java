package org.ablationpath.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ablationpath.platform.web.StrictJson;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stateless eligibility evaluation (contracts/case-evaluation.md). Clinically invalid content is a 200 with
 * {@code validation.status = INVALID}; malformed JSON, wrong types and unknown fields are 400s of the JSON binding.
 */
@RestController
public class EvaluationController {

    private final EligibilityService eligibilityService;
    private final ObjectMapper json;

    public EvaluationController(EligibilityService eligibilityService, ObjectMapper json) {
        this.eligibilityService = eligibilityService;
        this.json = json;
    }

    @PostMapping(path = "/api/evaluations/eligibility",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','NURSE','DATA_MANAGER')")
    public EligibilityEvaluation evaluateEligibility(@RequestBody JsonNode document) {
        return eligibilityService.evaluate(StrictJson.read(json, document, CaseDocument.class, ""));
    }
}
