package org.ablationpath.procedure;

import static org.ablationpath.procedure.PreProcedureChecklistApiTest.field;
import static org.ablationpath.procedure.PreProcedureChecklistApiTest.texts;
import static org.ablationpath.procedure.ProcedureForms.checklist;
import static org.ablationpath.procedure.ProcedureForms.complete;
import static org.ablationpath.procedure.ProcedureForms.cryo;
import static org.ablationpath.procedure.ProcedureForms.fields;
import static org.ablationpath.procedure.ProcedureForms.openTask;
import static org.ablationpath.procedure.ProcedureForms.procedureRecord;
import static org.ablationpath.procedure.ProcedureForms.proceduresOf;
import static org.ablationpath.procedure.ProcedureForms.recordSession;
import static org.ablationpath.procedure.ProcedureForms.rfa;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MovableClock;
import org.ablationpath.TestCases;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The operator's procedure record through {@code /api/tasks}: validation, storage, numbering and the planned date. */
@AblationPathTest
class ProcedureRecordApiTest {

    private static final String FORM_KEY = "procedure-record";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcedureSessions sessions;
    @Autowired
    MovableClock clock;

    private final LocalDate today = LocalDate.now();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private TestRestTemplate radiologist() {
        return rest.withBasicAuth("radiologist", "demo");
    }

    private String task(UUID caseId) {
        return openTask(engine, caseId, FORM_KEY, "INTERVENTIONAL_RADIOLOGIST");
    }

    @Test
    void theTaskDescribesTheSessionTheApplicationsAndTheTechnicalSuccess() {
        String task = task(ProcedureForms.manWithOneTumour(rest));

        JsonNode described = TestCases.get(radiologist(), "/api/tasks/" + task).getBody();

        assertThat(field(described, "procedureDate").path("required").asBoolean()).isTrue();
        assertThat(texts(field(described, "intentType").path("allowedValues")))
                .containsExactly("INITIAL", "PLANNED_ADDITIONAL_SESSION", "RETREATMENT_RESIDUAL", "RETREATMENT_LTP");
        JsonNode guidance = field(described, "guidance");
        assertThat(guidance.path("type").asText()).isEqualTo("array");
        assertThat(guidance.path("required").asBoolean()).isTrue();
        assertThat(texts(guidance.path("allowedValues"))).contains("US", "CT_FLUOROSCOPY", "NAVIGATION_ROBOTIC");
        assertThat(field(described, "startAt").path("type").asText()).isEqualTo("date-time");
        JsonNode applications = field(described, "applications");
        assertThat(applications.path("required").asBoolean()).isTrue();
        assertThat(applications.path("itemType").asText()).isEqualTo("object");
        JsonNode modality = fieldIn(applications.path("fields"), "modality");
        assertThat(texts(modality.path("allowedValues")))
                .containsExactly("RFA", "MWA", "CRYO", "LASER", "IRE", "ECT", "HIFU", "MRGFUS", "PEI");
        assertThat(fieldIn(applications.path("fields"), "numberOfPositions").path("minimum").asInt()).isEqualTo(1);
        assertThat(fieldIn(applications.path("fields"), "deviceModel").path("maxLength").asInt()).isEqualTo(100);
        JsonNode success = field(described, "technicalSuccess");
        assertThat(fieldIn(success.path("fields"), "success").path("required").asBoolean()).isTrue();
    }

    @Test
    void missingFieldsAndMissingModalityParametersAreReportedTogetherByIndexedPathAndNothingIsStored() {
        UUID caseId = ProcedureForms.woman(rest, today.minusYears(60), "NONE");
        ObjectNode form = procedureRecord(today, "T1");
        form.remove("intentType");
        ArrayNode applications = (ArrayNode) form.path("applications");
        ((ObjectNode) applications.get(0)).remove("powerW");
        ObjectNode cryo = cryo("T2");
        cryo.remove("freezeMinutes");
        cryo.remove("thawMinutes");
        applications.add(cryo);
        ObjectNode ire = rfa("T2");
        ire.put("modality", "IRE");
        ire.put("applicatorType", "IRE_ELECTRODE");
        ire.put("voltageV", 3000);
        applications.add(ire);
        ObjectNode ect = rfa("T1");
        ect.put("modality", "ECT");
        ect.put("ectDrug", "BLEOMYCIN");
        applications.add(ect);

        ResponseEntity<JsonNode> answer = complete(radiologist(), task(caseId), form);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactlyInAnyOrder("intentType", "applications[0].powerW",
                "applications[1].freezeMinutes", "applications[1].thawMinutes",
                "applications[2].electrodePairs", "applications[2].pulsesPerPair", "applications[2].pulseLengthUs",
                "applications[2].currentA",
                "applications[3].ectDose", "applications[3].ectDoseUnit", "applications[3].ectRoute");
        assertThat(storedSessions(caseId)).isZero();
        assertThat(storedApplications(caseId)).isZero();
    }

    @Test
    void tumoursDatesDeviceAndTechnicalSuccessAreCheckedAgainstTheCaseAndNothingIsStored() {
        UUID caseId = ProcedureForms.woman(rest, today.minusYears(60), "ICD");
        ObjectNode form = procedureRecord(today.plusDays(1), "T1", "T2");
        form.put("startAt", today + "T10:00:00+01:00");
        form.put("endAt", today + "T09:30:00+01:00");
        form.put("taceDate", today.minusDays(1).toString());
        ((ObjectNode) form.path("applications").get(1)).put("tumorId", "T9");
        ArrayNode success = (ArrayNode) form.path("technicalSuccess");
        success.remove(0);

        ResponseEntity<JsonNode> answer = complete(radiologist(), task(caseId), form);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactlyInAnyOrder("procedureDate", "endAt", "taceDate", "cardiacDeviceManaged",
                "applications[1].tumorId", "technicalSuccess[0].tumorId", "technicalSuccess");
        assertThat(ProcedureForms.ruleOf(answer, "cardiacDeviceManaged")).isEqualTo("GEN-08");
        assertThat(storedSessions(caseId)).isZero();
        assertThat(storedApplications(caseId)).isZero();
    }

    @Test
    void aValidRecordIsStoredWithItsApplicationsAndShownOnTheCase() {
        UUID caseId = ProcedureForms.woman(rest, today.minusYears(60), "NONE");
        ObjectNode form = procedureRecord(today.minusDays(1), "T1");
        ArrayNode applications = (ArrayNode) form.path("applications");
        applications.add(cryo("T2"));
        ((ObjectNode) applications.get(0)).put("energyKJ", 43.2);
        ((ArrayNode) form.path("technicalSuccess")).addObject().put("tumorId", "T2").put("success", false);
        form.putArray("protectiveTechniques").add("HYDRODISSECTION");
        form.put("combinedWithTace", true);
        form.put("taceDate", today.minusDays(8).toString());
        form.put("contrastVolumeMl", 80);

        ResponseEntity<JsonNode> answer = complete(radiologist(), task(caseId), form);

        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(storedSessions(caseId)).isEqualTo(1);
        assertThat(storedApplications(caseId)).isEqualTo(2);
        JsonNode session = proceduresOf(rest, caseId).path("sessions").get(0);
        assertThat(session.path("number").asInt()).isEqualTo(1);
        assertThat(session.path("procedureDate").asText()).isEqualTo(today.minusDays(1).toString());
        assertThat(session.path("intentType").asText()).isEqualTo("INITIAL");
        assertThat(texts(session.path("guidance"))).containsExactly("US", "CT");
        assertThat(texts(session.path("protectiveTechniques"))).containsExactly("HYDRODISSECTION");
        assertThat(session.path("taceDate").asText()).isEqualTo(today.minusDays(8).toString());
        assertThat(session.path("recordedBy").asText()).isEqualTo("radiologist");
        JsonNode t1 = session.path("tumors").get(0);
        assertThat(t1.path("tumorId").asText()).isEqualTo("T1");
        assertThat(t1.path("technicalSuccess").asBoolean()).isTrue();
        assertThat(t1.path("applications").get(0).path("powerW").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(t1.path("applications").get(0).path("energyKJ").decimalValue()).isEqualByComparingTo("43.2");
        JsonNode t2 = session.path("tumors").get(1);
        assertThat(t2.path("technicalSuccess").asBoolean()).isFalse();
        assertThat(t2.path("applications").get(0).path("freezeThawCycles").asInt()).isEqualTo(2);
        assertThat(session.has("discharge")).isFalse();

        List<ProcedureSession> recorded = sessions.sessions(caseId);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).tumorIds()).containsExactly("T1", "T2");
        assertThat(recorded.get(0).technicalSuccess()).as("T2 was not a technical success").isFalse();
    }

    @Test
    void sessionsAreNumberedInTheOrderTheyAreRecorded() {
        UUID caseId = ProcedureForms.manWithOneTumour(rest);
        recordSession(rest, engine, caseId, procedureRecord(today.minusDays(20), "T1"));
        ObjectNode second = procedureRecord(today.minusDays(2), "T1");
        second.put("intentType", "RETREATMENT_RESIDUAL");

        recordSession(rest, engine, caseId, second);

        List<ProcedureSession> recorded = sessions.sessions(caseId);
        assertThat(recorded).extracting(ProcedureSession::number).containsExactly(1, 2);
        assertThat(recorded).extracting(ProcedureSession::intentType)
                .containsExactly(IntentType.INITIAL, IntentType.RETREATMENT_RESIDUAL);
        assertThat(recorded).extracting(ProcedureSession::date).containsExactly(today.minusDays(20), today.minusDays(2));
        assertThat(recorded.get(1).technicalSuccess()).isTrue();
        assertThat(recorded.get(1).caseId()).isEqualTo(caseId);
    }

    @Test
    void thePlannedDateIsThatOfTheNewestChecklistUntilASessionFollowsIt() {
        UUID caseId = ProcedureForms.manWithOneTumour(rest);
        assertThat(sessions.plannedProcedureDate(caseId)).isEmpty();
        TestRestTemplate nurse = rest.withBasicAuth("nurse", "demo");
        complete(nurse, openTask(engine, caseId, "pre-procedure-checklist", "NURSE"), checklist(today, today));
        assertThat(sessions.plannedProcedureDate(caseId)).contains(today);

        recordSession(rest, engine, caseId, procedureRecord(today, "T1"));

        assertThat(sessions.plannedProcedureDate(caseId)).isEmpty();
        assertThat(proceduresOf(rest, caseId).path("latestChecklist").path("followedBySession").asBoolean()).isTrue();
        complete(nurse, openTask(engine, caseId, "pre-procedure-checklist", "NURSE"), checklist(today.plusDays(30), today));
        assertThat(sessions.plannedProcedureDate(caseId)).contains(today.plusDays(30));
    }

    @Test
    void todayIsTheApplicationClocksDay() {
        UUID caseId = ProcedureForms.manWithOneTumour(rest);
        clock.advance(Duration.ofDays(3));

        ResponseEntity<JsonNode> answer = complete(radiologist(), task(caseId), procedureRecord(today.plusDays(2), "T1"));

        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(sessions.sessions(caseId)).extracting(ProcedureSession::date).containsExactly(today.plusDays(2));
    }

    @Test
    void anotherCentersNurseSeesNoProcedures() {
        UUID caseId = ProcedureForms.manWithOneTumour(rest);
        recordSession(rest, engine, caseId, procedureRecord(today, "T1"));

        ResponseEntity<JsonNode> answer = TestCases.get(rest.withBasicAuth("nurse2", "demo"), "/api/cases/" + caseId);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private int storedSessions(UUID caseId) {
        return jdbc.queryForObject("select count(*) from app.procedure_session where case_id = ?", Integer.class, caseId);
    }

    private int storedApplications(UUID caseId) {
        return jdbc.queryForObject("select count(*) from app.ablation_application where case_id = ?", Integer.class, caseId);
    }

    private static JsonNode fieldIn(JsonNode fields, String name) {
        for (JsonNode field : fields) {
            if (name.equals(field.path("name").asText())) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + fields);
    }
}
