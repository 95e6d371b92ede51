package org.ablationpath.eligibility;

import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.lowPlateletsCase;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/evaluations/eligibility} as the contract (case-evaluation.md) describes it. */
@AblationPathTest
class EligibilityApiTest {

    private static final String PATH = "/api/evaluations/eligibility";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EligibilityService eligibility;

    private ResponseEntity<JsonNode> evaluate(String user, Object document) {
        return post(rest.withBasicAuth(user, "demo"), PATH, document);
    }

    @Test
    void validCaseIsEvaluatedWithoutStoringAnything() {
        long evaluationsBefore = jdbc.queryForObject("select count(*) from app.rule_evaluation", Long.class);

        ResponseEntity<JsonNode> answer = evaluate("physician", hccCase(uniquePseudonym("EVAL")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        JsonNode body = answer.getBody();
        assertThat(body.path("validation").path("status").asText()).isEqualTo("VALID");
        assertThat(body.path("validation").path("errors")).isEmpty();
        // single HCC of 24 mm, LR-5, Child-Pugh A: inside the indication catalogue (LIV-HCC-03)
        assertThat(body.path("eligibility").path("finalStatus").asText()).isEqualTo("ELIGIBLE");
        assertThat(ruleIds(body)).contains("LIV-HCC-03").doesNotContain("NO-INDICATION");
        assertThat(body.path("computed").path("bclc").asText()).isEqualTo("A");
        assertThat(body.path("modality").path("preferred")).isNotEmpty();
        assertThat(body.path("decisionSuggestions")).isNotEmpty();
        assertThat(body.path("rulesVersion").asText()).startsWith("sha256:").isEqualTo(eligibility.rulesVersion());
        assertThat(body.has("normalizedInputs")).as("internal fields stay out of the answer").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from app.rule_evaluation", Long.class)).isEqualTo(evaluationsBefore);
    }

    @Test
    void lowPlateletsAreNotEligibleButCorrectable() {
        JsonNode body = evaluate("radiologist", lowPlateletsCase(uniquePseudonym("EVAL"))).getBody();

        assertThat(body.path("validation").path("status").asText()).isEqualTo("VALID");
        assertThat(body.path("eligibility").path("finalStatus").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(body.path("eligibility").path("correctable").asBoolean()).isTrue();
        JsonNode gen03 = StreamSupport.stream(body.path("eligibility").path("rulesFired").spliterator(), false)
                .filter(r -> "GEN-03".equals(r.path("id").asText())).findFirst().orElseThrow();
        assertThat(gen03.path("message").asText()).isNotBlank();
        assertThat(gen03.path("rationale").asText()).isNotBlank();
        assertThat(gen03.path("source").asText()).isNotBlank();
        assertThat(body.path("eligibility").path("requiredActions")).isNotEmpty();
    }

    @Test
    void clinicallyInvalidContentIsA200WithTheFailingField() {
        ObjectNode document = hccCase(uniquePseudonym("EVAL"));
        ((ObjectNode) document.path("dates")).put("imagingDate", "2025-02-30");

        ResponseEntity<JsonNode> answer = evaluate("board", document);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = answer.getBody();
        assertThat(body.path("validation").path("status").asText()).isEqualTo("INVALID");
        assertThat(body.path("eligibility").path("finalStatus").asText()).isEqualTo("INVALID");
        List<String> fields = StreamSupport.stream(body.path("validation").path("errors").spliterator(), false)
                .map(e -> e.path("field").asText() + " " + e.path("rule").asText()).toList();
        assertThat(fields).contains("dates.imagingDate VAL-05");
    }

    @Test
    void unknownFieldIsA400NamingIt() {
        ObjectNode document = hccCase(uniquePseudonym("EVAL"));
        ((ObjectNode) document.path("labs")).put("plateletts", 100);

        ResponseEntity<JsonNode> answer = evaluate("nurse", document);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("labs.plateletts");
    }

    @Test
    void wrongTypeIsA400NamingTheField() {
        ObjectNode document = hccCase(uniquePseudonym("EVAL"));
        ((ObjectNode) document.path("patient")).put("ecog", "one");

        ResponseEntity<JsonNode> answer = evaluate("datamanager", document);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("patient.ecog");
    }

    @Test
    void unauthenticatedIsA401Problem() {
        ResponseEntity<JsonNode> answer = post(rest, PATH, hccCase(uniquePseudonym("EVAL")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.getBody().path("status").asInt()).isEqualTo(401);
    }

    @Test
    void anAdministratorHasNoClinicalRole() {
        ResponseEntity<JsonNode> answer = evaluate("admin", hccCase(uniquePseudonym("EVAL")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(answer.getBody().path("status").asInt()).isEqualTo(403);
    }

    private static List<String> ruleIds(JsonNode body) {
        return StreamSupport.stream(body.path("eligibility").path("rulesFired").spliterator(), false)
                .map(r -> r.path("id").asText()).toList();
    }
}
