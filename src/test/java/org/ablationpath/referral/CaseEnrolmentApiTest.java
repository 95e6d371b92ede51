package org.ablationpath.referral;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.json;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.ablationpath.AblationPathTest;
import org.ablationpath.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code PUT /api/cases/{id}/enrolment}, its section in {@code GET /api/cases/{id}}, and ALR-16 on the live case. */
@AblationPathTest
class CaseEnrolmentApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private ResponseEntity<JsonNode> put(TestRestTemplate as, UUID caseId, Object body) {
        return as.exchange("/api/cases/" + caseId + "/enrolment", HttpMethod.PUT, json(body), JsonNode.class);
    }

    private static Map<String, Object> enrolment(String name, Boolean expedited, Integer hours) {
        Map<String, Object> body = new HashMap<>();
        body.put("enrolled", name);
        body.put("expeditedReporting", expedited);
        body.put("reportWithinHours", hours);
        return body;
    }

    @Test
    void theEnrolmentIsSavedAuditedAndShownWithTheCase() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("ENROL")));

        ResponseEntity<JsonNode> saved = put(rest.withBasicAuth("datamanager", "demo"), caseId,
                enrolment(" HCC-ABL-01 ", true, 48));

        assertThat(saved.getStatusCode()).as("answer %s", saved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody().path("enrolled").asText()).isEqualTo("HCC-ABL-01");
        JsonNode section = get(rest.withBasicAuth("physician", "demo"), "/api/cases/" + caseId).getBody()
                .path("sections").path("enrolment");
        assertThat(section.path("enrolled").asText()).as("section %s", section).isEqualTo("HCC-ABL-01");
        assertThat(section.path("expeditedReporting").asBoolean()).isTrue();
        assertThat(section.path("reportWithinHours").asInt()).isEqualTo(48);
        assertThat(jdbc.queryForObject("select count(*) from app.clinical_case_aud where id = ? and enrolled_study = 'HCC-ABL-01'",
                Integer.class, caseId)).isEqualTo(1);
    }

    @Test
    void withoutAReportingTimeTheProtocolDefaultOf24HoursApplies() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("ENROL-DEF")));

        ResponseEntity<JsonNode> saved = put(rest.withBasicAuth("physician", "demo"), caseId,
                enrolment("Liver ablation registry", true, null));

        assertThat(saved.getStatusCode()).as("answer %s", saved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody().path("reportWithinHours").asInt()).isEqualTo(24);
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndNothingIsSaved() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("ENROL-BAD")));
        Map<String, Object> unknown = enrolment("HCC-ABL-01", true, 24);
        unknown.put("protocol", "x");

        assertThat(refused(caseId, enrolment("HCC-ABL-01", true, 0))).containsExactly("reportWithinHours");
        assertThat(refused(caseId, enrolment("HCC-ABL-01", true, 721))).containsExactly("reportWithinHours");
        assertThat(refused(caseId, enrolment("x".repeat(121), false, 24))).containsExactly("enrolled");
        assertThat(refused(caseId, enrolment(" ", true, 24))).containsExactly("enrolled");
        assertThat(refused(caseId, unknown)).containsExactly("protocol");

        assertThat(jdbc.queryForObject("select count(*) from app.clinical_case where id = ? and enrolled_study is null"
                + " and expedited_reporting = false and report_within_hours = 24", Integer.class, caseId)).isEqualTo(1);
    }

    @Test
    void aCaseOfAnotherCenterIsNotFoundAndNursesMayNotSetIt() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("ENROL-ROLE")));

        assertThat(put(rest.withBasicAuth("nurse", "demo"), caseId, enrolment("HCC-ABL-01", true, 24)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put(rest.withBasicAuth("radiologist", "demo"), UUID.randomUUID(), enrolment("HCC-ABL-01", true, 24))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aSeriousAdverseEventOfAnExpeditedCaseRaisesAlr16DueWithinTheProtocolTime() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("ENROL-SAE")));
        assertThat(put(rest.withBasicAuth("physician", "demo"), caseId, enrolment("HCC-ABL-01", true, 48)).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> reported = post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events",
                Map.of("onsetDate", LocalDate.now(clock).toString(), "ctcaeTerm", "Hepatic hemorrhage", "gradeAtOnset", 4));

        assertThat(reported.getStatusCode()).as("answer %s", reported.getBody()).isEqualTo(HttpStatus.CREATED);
        List<Map<String, Object>> alerts = jdbc.queryForList("select rule_id, priority, recipient_roles, raised_at, due_at,"
                + " escalates_at from app.alert where case_id = ? and rule_id = 'ALR-16'", caseId);
        assertThat(alerts).hasSize(1);
        Map<String, Object> alert = alerts.get(0);
        assertThat(alert.get("priority")).isEqualTo("P2_URGENT");
        assertThat((String) alert.get("recipient_roles")).contains("DATA_MANAGER");
        Duration due = Duration.between(((Timestamp) alert.get("raised_at")).toInstant(), ((Timestamp) alert.get("due_at")).toInstant());
        // the store keeps raised_at to the millisecond
        assertThat(due.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).isEqualTo(Duration.ofHours(48));
        assertThat(((Timestamp) alert.get("escalates_at")).toInstant()).as("not escalated before the report is due")
                .isEqualTo(((Timestamp) alert.get("due_at")).toInstant());
    }

    @Test
    void aSeriousAdverseEventOfACaseNotEnrolledRaisesNoAlr16() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("ENROL-NONE")));

        ResponseEntity<JsonNode> reported = post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events",
                Map.of("onsetDate", LocalDate.now(clock).toString(), "ctcaeTerm", "Hepatic hemorrhage", "gradeAtOnset", 4));

        assertThat(reported.getStatusCode()).as("answer %s", reported.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("select count(*) from app.alert where case_id = ? and rule_id = 'ALR-02'",
                Integer.class, caseId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from app.alert where case_id = ? and rule_id = 'ALR-16'",
                Integer.class, caseId)).isZero();
    }

    private List<String> refused(UUID caseId, Map<String, Object> body) {
        ResponseEntity<JsonNode> answer = put(rest.withBasicAuth("physician", "demo"), caseId, body);
        assertThat(answer.getStatusCode()).as("answer to %s: %s", body, answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return StreamSupport.stream(answer.getBody().path("errors").spliterator(), false).map(e -> e.path("field").asText()).toList();
    }
}
