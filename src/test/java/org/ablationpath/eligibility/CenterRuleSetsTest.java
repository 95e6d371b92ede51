package org.ablationpath.eligibility;

import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Map;
import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Per-center rule parameters: the test configuration gives center C02 {@code inrHardAbove = 1.6} (default 1.8), so
 * an INR of 1.7 is a correctable NOT_ELIGIBLE there and a CAUTION in C01, with different rules versions.
 */
@AblationPathTest
class CenterRuleSetsTest {

    @Autowired
    CenterRuleSets ruleSets;
    @Autowired
    EligibilityService defaults;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestRestTemplate rest;

    static ObjectNode inr17(String pseudonym) {
        ObjectNode doc = hccCase(pseudonym);
        ((ObjectNode) doc.path("labs")).put("inr", 1.7);
        return doc;
    }

    @Test
    void aCenterOverrideChangesOutcomeAndRulesVersionAndLeavesOtherCentersAlone() {
        CaseDocument doc = json.convertValue(inr17(uniquePseudonym("CTR")), CaseDocument.class);

        EligibilityEvaluation c02 = ruleSets.forCenter("C02").evaluate(doc);
        EligibilityEvaluation c01 = ruleSets.forCenter("C01").evaluate(doc);

        assertThat(ruleSets.forCenter("C02").parameters()).containsEntry("inrHardAbove", "1.6");
        assertThat(ruleSets.overridesOf("C02")).isEqualTo(Map.of("inrHardAbove", "1.6"));
        assertThat(c02.eligibility().finalStatus()).isEqualTo("NOT_ELIGIBLE");
        assertThat(c02.eligibility().rulesFired()).anyMatch(r -> r.id().equals("GEN-04") && r.outcome().equals("NOT_ELIGIBLE"));
        assertThat(c01.eligibility().rulesFired()).anyMatch(r -> r.id().equals("GEN-04") && r.outcome().equals("CAUTION"))
                .noneMatch(r -> r.id().equals("GEN-04") && r.outcome().equals("NOT_ELIGIBLE"));
        assertThat(c02.rulesVersion()).startsWith("sha256:").isNotEqualTo(c01.rulesVersion());
        assertThat(c01.rulesVersion()).isEqualTo(defaults.rulesVersion());
        assertThat(ruleSets.forCenter("C01")).isSameAs(defaults);
        assertThat(ruleSets.forCenter("c02")).as("center ids ignore case").isSameAs(ruleSets.forCenter("C02"));
        assertThat(ruleSets.configuredCenters()).containsOnlyKeys("C02");
    }

    @Test
    void theStatelessEndpointUsesTheCallersCenter() {
        ObjectNode doc = inr17(uniquePseudonym("CTR"));

        ResponseEntity<JsonNode> c02 = post(rest.withBasicAuth("nurse2", "demo"), "/api/evaluations/eligibility", doc);
        ResponseEntity<JsonNode> c01 = post(rest.withBasicAuth("nurse", "demo"), "/api/evaluations/eligibility", doc);

        assertThat(c02.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(c02.getBody().path("eligibility").path("finalStatus").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(c02.getBody().path("rulesVersion").asText()).isEqualTo(ruleSets.forCenter("C02").rulesVersion());
        assertThat(c01.getBody().path("eligibility").path("finalStatus").asText()).isNotEqualTo("NOT_ELIGIBLE");
        assertThat(c01.getBody().path("rulesVersion").asText()).isEqualTo(defaults.rulesVersion());
    }

    @Test
    void parameterNamesAreMatchedLooselyAndUnknownNamesStopTheStart() {
        assertThatThrownBy(() -> new CenterRuleSets(defaults, Map.of("C09", Map.of("inrHardAboveX", "2")), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inrHardAboveX");
        assertThat(new CenterRuleSets(defaults, Map.of("C09", Map.of()), Clock.systemUTC()).forCenter("C09")).isSameAs(defaults);
    }
}
