package org.ablationpath.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.platform.web.StrictJson;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stateless eligibility evaluation (contracts/case-evaluation.md). Clinically invalid content is a 200 with
 * {@code validation.status = INVALID}; malformed JSON, wrong types and unknown fields are 400s of the JSON binding.
 * The document is evaluated with the rule parameters of the caller's center ({@link CenterRuleSets}).
 */
@RestController
public class EvaluationController {

    private final CenterRuleSets ruleSets;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    public EvaluationController(CenterRuleSets ruleSets, CurrentUser currentUser, ObjectMapper json) {
        this.ruleSets = ruleSets;
        this.currentUser = currentUser;
        this.json = json;
    }

    @PostMapping(path = "/api/evaluations/eligibility",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','NURSE','DATA_MANAGER')")
    public EligibilityEvaluation evaluateEligibility(@RequestBody JsonNode document) {
        // the caller's center's parameters (and rules version); the defaults for a user without a center
        String center = currentUser.centerIds().stream().sorted().findFirst().orElse(null);
        return ruleSets.forCenter(center).evaluate(StrictJson.read(json, document, CaseDocument.class, ""));
    }
}
