package org.ablationpath.procedure;

import static org.ablationpath.procedure.PreProcedureChecklistApiTest.field;
import static org.ablationpath.procedure.ProcedureForms.complete;
import static org.ablationpath.procedure.ProcedureForms.discharge;
import static org.ablationpath.procedure.ProcedureForms.fields;
import static org.ablationpath.procedure.ProcedureForms.openTask;
import static org.ablationpath.procedure.ProcedureForms.procedureRecord;
import static org.ablationpath.procedure.ProcedureForms.proceduresOf;
import static org.ablationpath.procedure.ProcedureForms.recordSession;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
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

/** Observation and discharge through {@code /api/tasks}: it completes the latest session of the case. */
@AblationPathTest
class PostProcedureDischargeApiTest {

    private static final String FORM_KEY = "post-procedure-discharge";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now();

    private TestRestTemplate nurse() {
        return rest.withBasicAuth("nurse", "demo");
    }

    private String task(UUID caseId) {
        return openTask(engine, caseId, FORM_KEY, "NURSE");
    }

    @Test
    void theTaskDescribesItsFormFields() {
        String task = task(ProcedureForms.manWithOneTumour(rest));

        JsonNode described = TestCases.get(nurse(), "/api/tasks/" + task).getBody();

        assertThat(field(described, "dischargeDate").path("type").asText()).isEqualTo("date");
        assertThat(field(described, "dischargeDate").path("required").asBoolean()).isTrue();
        assertThat(field(described, "unplannedAdmission").path("required").asBoolean()).isTrue();
        assertThat(field(described, "prolongedStay").path("type").asText()).isEqualTo("boolean");
        assertThat(field(described, "note").path("maxLength").asInt()).isEqualTo(2000);
    }

    @Test
    void withoutARecordedSessionThereIsNothingToDischarge() {
        UUID caseId = ProcedureForms.manWithOneTumour(rest);

        ResponseEntity<JsonNode> answer = complete(nurse(), task(caseId), discharge(today));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void missingAnswersAreNamedAndNothingChanges() {
        UUID caseId = ProcedureForms.manWithOneTumour(rest);
        recordSession(rest, engine, caseId, procedureRecord(today.minusDays(2), "T1"));
        ObjectNode form = discharge(today);
        form.remove("unplannedAdmission");
        form.remove("prolongedStay");

        ResponseEntity<JsonNode> answer = complete(nurse(), task(caseId), form);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactlyInAnyOrder("unplannedAdmission", "prolongedStay");
        assertThat(dischargeDateOf(caseId)).isNull();
    }

    @Test
    void aDischargeBeforeTheProcedureIsRejected() {
        UUID caseId = ProcedureForms.manWithOneTumour(rest);
        recordSession(rest, engine, caseId, procedureRecord(today.minusDays(2), "T1"));

        ResponseEntity<JsonNode> answer = complete(nurse(), task(caseId), discharge(today.minusDays(3)));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("dischargeDate");
        assertThat(dischargeDateOf(caseId)).isNull();
    }

    @Test
    void aDischargeInTheFutureIsRejected() {
        UUID caseId = ProcedureForms.manWithOneTumour(rest);
        recordSession(rest, engine, caseId, procedureRecord(today.minusDays(2), "T1"));

        ResponseEntity<JsonNode> answer = complete(nurse(), task(caseId), discharge(today.plusDays(1)));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("dischargeDate");
        assertThat(dischargeDateOf(caseId)).isNull();
    }

    @Test
    void theLatestSessionIsDischargedWithItsLengthOfStayAndOnlyOnce() {
        UUID caseId = ProcedureForms.manWithOneTumour(rest);
        recordSession(rest, engine, caseId, procedureRecord(today.minusDays(30), "T1"));
        recordSession(rest, engine, caseId, procedureRecord(today.minusDays(3), "T1"));
        ObjectNode form = discharge(today.minusDays(1));
        form.put("prolongedStay", true);
        form.put("note", "Pain control needed a second night");

        ResponseEntity<JsonNode> answer = complete(nurse(), task(caseId), form);

        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode sessions = proceduresOf(rest, caseId).path("sessions");
        assertThat(sessions.get(0).has("discharge")).as("the first session is not the latest").isFalse();
        JsonNode discharged = sessions.get(1).path("discharge");
        assertThat(discharged.path("dischargeDate").asText()).isEqualTo(today.minusDays(1).toString());
        assertThat(discharged.path("lengthOfStayDays").asInt()).isEqualTo(2);
        assertThat(discharged.path("prolongedStay").asBoolean()).isTrue();
        assertThat(discharged.path("unplannedAdmission").asBoolean()).isFalse();
        assertThat(discharged.path("note").asText()).isEqualTo("Pain control needed a second night");
        assertThat(discharged.path("dischargedBy").asText()).isEqualTo("nurse");

        ResponseEntity<JsonNode> again = complete(nurse(), task(caseId), discharge(today));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(dischargeDateOf(caseId)).isEqualTo(today.minusDays(1));
    }

    private LocalDate dischargeDateOf(UUID caseId) {
        return jdbc.queryForObject("select discharge_date from app.procedure_session where case_id = ? "
                + "order by session_number desc limit 1", LocalDate.class, caseId);
    }
}
