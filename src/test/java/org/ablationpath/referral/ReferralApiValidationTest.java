package org.ablationpath.referral;

import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.referral;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.ablationpath.AblationPathTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/referrals} refuses what it cannot read (400) and what the validation rules reject (422), names the
 * offending field, and stores nothing: no patient, case, lesion, lab panel or process instance.
 */
@AblationPathTest
class ReferralApiValidationTest {

    private static final List<String> TABLES = List.of("app.patient", "app.clinical_case", "app.lesion", "app.lab_panel");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    private Map<String, Long> before;

    @BeforeEach
    void countRows() {
        before = counts();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(counts()).as("rows and process instances after a rejected referral").isEqualTo(before);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        counts.put("process instances", runtime.createProcessInstanceQuery().processDefinitionKey("ablation-pathway").count());
        return counts;
    }

    private ResponseEntity<JsonNode> submit(Object body) {
        return post(rest.withBasicAuth("physician", "demo"), "/api/referrals", body);
    }

    private ObjectNode validReferral() {
        return referral(hccCase(uniquePseudonym("REJ")));
    }

    @Test
    void malformedJsonIsA400ProblemWithAnError() {
        String body = validReferral().toString();
        ResponseEntity<JsonNode> answer = submit(body.substring(0, body.length() - 10));

        assertProblem(answer, HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().path("errors")).isNotEmpty();
        assertThat(answer.getBody().path("errors").get(0).path("message").asText()).containsIgnoringCase("JSON");
    }

    @Test
    void unknownTopLevelFieldIsNamed() {
        ObjectNode body = validReferral();
        body.put("colour", "blue");

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("colour");
    }

    @Test
    void unknownNestedFieldIsNamedWithItsPath() {
        ObjectNode body = validReferral();
        ((ObjectNode) body.path("patient")).put("favouriteColour", "blue");

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("patient.favouriteColour");
    }

    @Test
    void everyUnknownFieldIsNamedInOneAnswer() {
        ObjectNode body = validReferral();
        body.put("colour", "blue");
        ((ObjectNode) body.path("patient")).put("favouriteColour", "blue");
        ((ObjectNode) body.path("tumors").get(0)).put("shape", "round");

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactlyInAnyOrder("colour", "patient.favouriteColour", "tumors[0].shape");
    }

    @Test
    void unknownFieldInTheReferralMemberIsNamed() {
        ObjectNode body = validReferral();
        ((ObjectNode) body.path("referral")).put("priority", "HIGH");

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("referral.priority");
    }

    @Test
    void stringForAnIntegerIsA400NamingTheField() {
        ObjectNode body = validReferral();
        ((ObjectNode) body.path("patient")).put("ecog", "2");

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("patient.ecog");
    }

    @Test
    void decimalForAnIntegerIsA400NamingTheField() {
        ObjectNode body = validReferral();
        ((ObjectNode) body.path("patient")).put("ecog", 2.5);

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("patient.ecog");
    }

    @Test
    void aPatientIdLongerThanItsColumnIsA422NamingTheField() {
        ObjectNode body = validReferral();
        ((ObjectNode) body.path("patient")).put("patientId", "P".repeat(41));

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody().toString()).contains("patient.patientId");
    }

    @Test
    void aTumorIdLongerThanItsColumnIsA422NamingTheField() {
        ObjectNode body = validReferral();
        ((ObjectNode) body.path("tumors").get(0)).put("tumorId", "T".repeat(21));

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody().toString()).contains("tumors[0].tumorId");
    }

    @Test
    void missingBirthDateIsA422OfVal01() {
        ObjectNode body = validReferral();
        ((ObjectNode) body.path("patient")).remove("birthDate");

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errors(answer)).contains(Map.entry("patient.birthDate", "VAL-01"));
    }

    @Test
    void impossibleCalendarDateIsA422OfVal05() {
        ObjectNode body = validReferral();
        ((ObjectNode) body.path("dates")).put("imagingDate", "2025-02-30");

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errors(answer)).contains(Map.entry("dates.imagingDate", "VAL-05"));
        assertThat(message(answer, "dates.imagingDate")).contains("2025-02-30");
    }

    @Test
    void unknownUnitIsA422OfVal06() {
        ObjectNode body = validReferral();
        ObjectNode bilirubin = ((ObjectNode) body.path("labs")).putObject("bilirubinUmolL");
        bilirubin.put("value", 2);
        bilirubin.put("unit", "mmol/L");

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errors(answer)).contains(Map.entry("labs.bilirubinUmolL", "VAL-06"));
        assertThat(message(answer, "labs.bilirubinUmolL")).contains("mmol/L");
    }

    @Test
    void referralAfterTheMdtDateIsA422OfVal05() {
        ObjectNode body = validReferral();
        LocalDate referral = LocalDate.parse(body.path("dates").path("referralDate").asText());
        ((ObjectNode) body.path("dates")).put("mdtDate", referral.minusDays(1).toString());

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errors(answer)).contains(Map.entry("dates.mdtDate", "VAL-05"));
    }

    @Test
    void missingReferralMemberIsA400() {
        ObjectNode body = validReferral();
        body.remove("referral");

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("referral");
    }

    @Test
    void invalidReferralDetailsAreA400NamingTheField() {
        ObjectNode body = validReferral();
        ((ObjectNode) body.path("referral")).put("urgency", "WHENEVER");

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("referral.urgency");
    }

    @Test
    void followUpInAReferralIsA400() {
        ObjectNode body = validReferral();
        body.putObject("followUp").putArray("visits");

        ResponseEntity<JsonNode> answer = submit(body);

        assertProblem(answer, HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("case.followUp");
    }

    @Test
    void unauthenticatedIsA401Problem() {
        ResponseEntity<JsonNode> answer = post(rest, "/api/referrals", validReferral());

        assertProblem(answer, HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void wrongPasswordIsA401Problem() {
        ResponseEntity<JsonNode> answer = post(rest.withBasicAuth("physician", "not-the-password"), "/api/referrals",
                validReferral());

        assertProblem(answer, HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aNurseMayNotRefer() {
        ResponseEntity<JsonNode> answer = post(rest.withBasicAuth("nurse", "demo"), "/api/referrals", validReferral());

        assertProblem(answer, HttpStatus.FORBIDDEN);
    }

    private static void assertProblem(ResponseEntity<JsonNode> answer, HttpStatus status) {
        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isNotNull();
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("content type %s", answer.getHeaders().getContentType()).isTrue();
        assertThat(answer.getBody().path("status").asInt()).isEqualTo(status.value());
        assertThat(answer.getBody().path("title").asText()).isNotBlank();
    }

    private static List<String> fields(ResponseEntity<JsonNode> answer) {
        return ReferralToBoardDecisionTest.fields(answer.getBody());
    }

    private static List<Map.Entry<String, String>> errors(ResponseEntity<JsonNode> answer) {
        return StreamSupport.stream(answer.getBody().path("errors").spliterator(), false)
                .map(e -> Map.entry(e.path("field").asText(), e.path("rule").asText())).toList();
    }

    private static String message(ResponseEntity<JsonNode> answer, String field) {
        return StreamSupport.stream(answer.getBody().path("errors").spliterator(), false)
                .filter(e -> field.equals(e.path("field").asText())).map(e -> e.path("message").asText())
                .findFirst().orElseThrow();
    }
}
