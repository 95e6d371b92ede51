package org.ablationpath.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.TestCases;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A case entered in error is voided with a reason: it stays on record, audited, and leaves the pathway. */
@AblationPathTest
class CaseVoidingTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;

    @Test
    void voidedCaseStaysOnRecordAndLeavesThePathway() {
        UUID caseId = TestCases.refer(rest.withBasicAuth("physician", "demo"), TestCases.hccCase(TestCases.uniquePseudonym("VOID")));

        ResponseEntity<JsonNode> voided = TestCases.post(rest.withBasicAuth("physician", "demo"), "/api/cases/" + caseId + "/void",
                Map.of("reason", "Referred for the wrong patient."));

        assertThat(voided.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode kase = TestCases.get(rest.withBasicAuth("board", "demo"), "/api/cases/" + caseId).getBody();
        assertThat(kase.path("voidReason").asText()).isEqualTo("Referred for the wrong patient.");
        assertThat(kase.path("openTasks")).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app.clinical_case where id = ?", Integer.class, caseId)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from app.clinical_case_aud where id = ? and void_reason is not null",
                Integer.class, caseId)).isOne();
    }

    @Test
    void voidingNeedsAReasonAndHappensOnce() {
        UUID caseId = TestCases.refer(rest.withBasicAuth("physician", "demo"), TestCases.hccCase(TestCases.uniquePseudonym("VOID")));

        assertThat(TestCases.post(rest.withBasicAuth("physician", "demo"), "/api/cases/" + caseId + "/void", Map.of("reason", " "))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(TestCases.post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/void", Map.of("reason", "Wrong"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(TestCases.post(rest.withBasicAuth("chair", "demo"), "/api/cases/" + caseId + "/void", Map.of("reason", "Duplicate"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(TestCases.post(rest.withBasicAuth("physician", "demo"), "/api/cases/" + caseId + "/void", Map.of("reason", "Again"))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }
}
