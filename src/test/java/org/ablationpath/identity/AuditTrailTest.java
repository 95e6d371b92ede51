package org.ablationpath.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.TestCases;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Changes and reads of a patient's records end up in the audit trail with who, when, before and after; the trail
 * cannot be altered and outlives Camunda's history cleanup.
 */
@AblationPathTest
class AuditTrailTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

    @Test
    void aChangeAndAReadOfAPatientRecordAreBothInTheTrail() {
        String pseudonym = TestCases.uniquePseudonym("AUDIT");
        UUID caseId = TestCases.refer(rest.withBasicAuth("physician", "demo"), TestCases.hccCase(pseudonym));
        String taskId = TestCases.boardTaskOf(rest, caseId);
        ResponseEntity<JsonNode> decided = TestCases.post(rest.withBasicAuth("board", "demo"), "/api/tasks/" + taskId + "/complete",
                Map.of("decisionCode", "FURTHER_WORKUP", "intent", "CURATIVE", "rationale", "Needs a liver MRI first.",
                        "overrideReason", "Imaging older than the board wants for planning."));
        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        UUID patientId = patientIdOf(caseId);

        ResponseEntity<JsonNode> trail = TestCases.get(rest.withBasicAuth("datamanager", "demo"),
                "/api/patients/" + patientId + "/audit-trail");

        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> entries = new ArrayList<>();
        trail.getBody().forEach(entries::add);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("recordType").asText()).isEqualTo("Patient");
            assertThat(e.path("action").asText()).isEqualTo("CREATE");
            assertThat(e.path("username").asText()).isEqualTo("physician");
            assertThat(e.path("changes").path("pseudonym").path("after").asText()).isEqualTo(pseudonym);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("recordType").asText()).isEqualTo("Case");
            assertThat(e.path("action").asText()).isEqualTo("UPDATE");
            assertThat(e.path("changes").path("stage").path("before").asText()).isEqualTo("MDT_REVIEW");
            assertThat(e.path("changes").path("stage").path("after").asText()).isEqualTo("WORKUP");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("recordType").asText()).isEqualTo("Board decision");
            assertThat(e.path("action").asText()).isEqualTo("CREATE");
            assertThat(e.path("username").asText()).isEqualTo("board");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("action").asText()).isEqualTo("READ VIEW_CASE");
            assertThat(e.path("recordType").asText()).isEqualTo("Read (API)");
            assertThat(e.path("username").asText()).isEqualTo("board");
        });
    }

    @Test
    void onlyAdministratorsAndDataManagersSeeTheTrail() {
        UUID caseId = TestCases.refer(rest.withBasicAuth("physician", "demo"), TestCases.hccCase(TestCases.uniquePseudonym("AUDIT")));
        UUID patientId = patientIdOf(caseId);

        assertThat(TestCases.get(rest.withBasicAuth("nurse", "demo"), "/api/patients/" + patientId + "/audit-trail").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(TestCases.get(rest.withBasicAuth("physician", "demo"), "/api/patients/" + patientId + "/audit-trail").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(TestCases.get(rest.withBasicAuth("admin", "demo"), "/api/patients/" + patientId + "/audit-trail").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theTrailIsAppendOnly() {
        UUID caseId = TestCases.refer(rest.withBasicAuth("physician", "demo"), TestCases.hccCase(TestCases.uniquePseudonym("AUDIT")));
        TestCases.get(rest.withBasicAuth("board", "demo"), "/api/cases/" + caseId);

        assertThatThrownBy(() -> jdbc.update("update app.access_log set username = 'someone' where case_id = ?", caseId))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from app.clinical_case_aud where id = ?", caseId))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from app.audit_revision")).hasMessageContaining("append-only");
    }

    @Test
    void engineHistoryCleanupLeavesTheAuditTrailIntact() {
        ProcessDefinition pathway = repository.createProcessDefinitionQuery().processDefinitionKey("ablation-pathway")
                .latestVersion().singleResult();
        Integer ttl = pathway.getHistoryTimeToLive();
        repository.updateProcessDefinitionHistoryTimeToLive(pathway.getId(), 0);
        try {
            UUID caseId = TestCases.refer(rest.withBasicAuth("physician", "demo"), TestCases.hccCase(TestCases.uniquePseudonym("AUDIT")));
            String taskId = TestCases.boardTaskOf(rest, caseId);
            TestCases.post(rest.withBasicAuth("board", "demo"), "/api/tasks/" + taskId + "/complete",
                    Map.of("decisionCode", "ABLATION", "intent", "CURATIVE", "rationale", "Single HCC, Child-Pugh A."));
            // the patient withdraws consent: the pathway (and the processes it called) end
            assertThat(TestCases.post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/end-of-follow-up",
                    Map.of("reason", "WITHDRAWAL", "date", java.time.LocalDate.now().toString())).getStatusCode().value())
                    .isEqualTo(201);
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).unfinished()
                    .count()).isZero();
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).count()).isPositive();
            int auditRows = auditRowsOf(caseId);
            assertThat(auditRows).isGreaterThan(0);

            Job cleanup = history.cleanUpHistoryAsync(true);
            management.executeJob(cleanup.getId());

            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).count())
                    .as("the engine's history of the finished pathway is cleaned up").isZero();
            assertThat(auditRowsOf(caseId)).as("the clinical audit trail is kept").isEqualTo(auditRows);
        } finally {
            repository.updateProcessDefinitionHistoryTimeToLive(pathway.getId(), ttl);
        }
    }

    private int auditRowsOf(UUID caseId) {
        return jdbc.queryForObject("select (select count(*) from app.clinical_case_aud where id = ?) "
                + "+ (select count(*) from app.board_decision_aud where case_id = ?) "
                + "+ (select count(*) from app.access_log where case_id = ?)", Integer.class, caseId, caseId, caseId);
    }

    private UUID patientIdOf(UUID caseId) {
        return jdbc.queryForObject("select patient_id from app.clinical_case where id = ?", UUID.class, caseId);
    }
}
