package org.ablationpath.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.TestCases;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A failed job of a case shows as an incident in the API; a nurse retries it once it is fixed, and it is resolved. */
@AblationPathTest
class CaseIncidentsApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedTimerIsAnOpenIncidentUntilRetriedAndThenItsWorkIsDone() {
        UUID caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("INC")));
        String jobId = FailedJobs.failReviewTimer(engine, caseId);

        ResponseEntity<JsonNode> listed = TestCases.get(rest.withBasicAuth("physician", "demo"), "/api/cases/" + caseId + "/incidents");
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getBody()).hasSize(1);
        JsonNode incident = listed.getBody().get(0);
        assertThat(incident.path("state").asText()).isEqualTo("OPEN");
        assertThat(incident.path("activity").asText()).isEqualTo("Record the breach");
        assertThat(incident.path("process").asText()).isEqualTo("Tumor board review");
        assertThat(incident.path("message").asText()).isNotBlank();
        assertThat(incident.path("occurredAt").asText()).isNotBlank();
        String incidentId = incident.path("id").asText();
        assertThat(TestCases.get(rest.withBasicAuth("board", "demo"), "/api/cases/" + caseId).getBody()
                .path("sections").path("incidents").get(0).path("id").asText()).isEqualTo(incidentId);
        assertThat(TestCases.get(rest.withBasicAuth("nurse2", "demo"), "/api/cases/" + caseId + "/incidents").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        FailedJobs.repair(engine, caseId, "C01");
        ResponseEntity<JsonNode> retried = TestCases.post(rest.withBasicAuth("nurse", "demo"),
                "/api/cases/" + caseId + "/incidents/" + incidentId + "/retry", "");
        assertThat(retried.getStatusCode()).as("retry answer %s", retried.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody().path("state").asText()).isEqualTo("RESOLVED");
        assertThat(jdbc.queryForObject("select count(*) from app.pathway_incident_retry where incident_id = ? and created_by = 'nurse'",
                Long.class, incidentId)).isEqualTo(1);

        // the job executor's part: the retried job runs (now), and this time its work is stored
        engine.getManagementService().executeJob(jobId);
        assertThat(jdbc.queryForList("select code from app.pathway_deviation where case_id = ?", String.class, caseId))
                .containsExactly(DeviationCode.BOARD_REVIEW_OVERDUE.name());
        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(jobId).count()).isZero();
        JsonNode after = TestCases.get(rest.withBasicAuth("admin", "demo"), "/api/cases/" + caseId + "/incidents").getBody();
        assertThat(after).hasSize(1);
        assertThat(after.get(0).path("state").asText()).isEqualTo("RESOLVED");
        assertThat(after.get(0).path("resolvedAt").asText()).isNotBlank();

        ResponseEntity<JsonNode> again = TestCases.post(rest.withBasicAuth("admin", "demo"),
                "/api/cases/" + caseId + "/incidents/" + incidentId + "/retry", "");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(TestCases.post(rest.withBasicAuth("admin", "demo"), "/api/cases/" + caseId + "/incidents/no-such-incident/retry", "")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(TestCases.post(rest.withBasicAuth("nurse2", "demo"), "/api/cases/" + caseId + "/incidents/" + incidentId + "/retry", "")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** An alert's escalation carries the alert's id as business key; its failed job still shows on the alert's case. */
    @Test
    void aFailedEscalationOfAnAlertShowsOnTheAlertsCaseOnly() {
        UUID caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("INC")));
        UUID otherCase = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("INC")));
        // no such alert: the escalation's delegate fails at the limit, as a broken reference would make it
        String escalation = engine.getRuntimeService().createProcessInstanceByKey("alert-escalation")
                .businessKey(UUID.randomUUID().toString())
                .setVariable("alertId", UUID.randomUUID().toString())
                .setVariable("caseId", caseId.toString())
                .setVariable("centerId", "C01")
                .setVariable("alertEscalatesAt", new java.util.Date())
                .execute().getId();
        String jobId = engine.getManagementService().createJobQuery().processInstanceId(escalation).timers().singleResult().getId();
        for (int attempt = 0; attempt < 10 && engine.getRuntimeService().createIncidentQuery().configuration(jobId).count() == 0; attempt++) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> engine.getManagementService().executeJob(jobId))).isNotNull();
        }

        JsonNode listed = TestCases.get(rest.withBasicAuth("physician", "demo"), "/api/cases/" + caseId + "/incidents").getBody();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("state").asText()).isEqualTo("OPEN");
        assertThat(TestCases.get(rest.withBasicAuth("physician", "demo"), "/api/cases/" + otherCase + "/incidents").getBody()).isEmpty();
        engine.getRuntimeService().deleteProcessInstance(escalation, "test done");
    }
}
