package org.ablationpath.procedure;

import static org.ablationpath.procedure.ProcedureForms.checklist;
import static org.ablationpath.procedure.ProcedureForms.complete;
import static org.ablationpath.procedure.ProcedureForms.fields;
import static org.ablationpath.procedure.ProcedureForms.openTask;
import static org.ablationpath.procedure.ProcedureForms.proceduresOf;
import static org.ablationpath.procedure.ProcedureForms.ruleOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/** The nurse's pre-procedure checklist through {@code /api/tasks}: validation, TMR-07, TMR-08 and what is stored. */
@AblationPathTest
class PreProcedureChecklistApiTest {

    private static final String FORM_KEY = "pre-procedure-checklist";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcedureSessions sessions;

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

        assertThat(described.path("formKey").asText()).isEqualTo(FORM_KEY);
        JsonNode planned = field(described, "plannedProcedureDate");
        assertThat(planned.path("type").asText()).isEqualTo("date");
        assertThat(planned.path("required").asBoolean()).isTrue();
        JsonNode anaesthesia = field(described, "anaesthesiaPlan");
        assertThat(anaesthesia.path("required").asBoolean()).isTrue();
        assertThat(texts(anaesthesia.path("allowedValues")))
                .containsExactly("LOCAL", "LOCAL_SEDATION", "DEEP_SEDATION", "GENERAL", "GENERAL_NMB");
        assertThat(texts(field(described, "anticoagulationPlan").path("allowedValues")))
                .containsExactly("NOT_ON_ANTITHROMBOTICS", "HOLD", "HOLD_WITH_BRIDGING", "CONTINUE");
        assertThat(field(described, "pregnancyTestDate").path("required").asBoolean()).isFalse();
        assertThat(field(described, "consentVersion").path("maxLength").asInt()).isEqualTo(20);
        assertThat(field(described, "fastingInstructionsGiven").path("type").asText()).isEqualTo("boolean");
    }

    @Test
    void missingItemsAreNamedAndNothingIsStored() {
        UUID caseId = ProcedureForms.manWithOneTumour(rest);
        ObjectNode form = checklist(today.plusDays(3), today);
        form.remove("anaesthesiaPlan");
        form.remove("fastingInstructionsGiven");

        ResponseEntity<JsonNode> answer = complete(nurse(), task(caseId), form);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactlyInAnyOrder("anaesthesiaPlan", "fastingInstructionsGiven");
        assertThat(storedChecklists(caseId)).isZero();
    }

    @Test
    void datesPregnancyTestAndDevicePlanAreCheckedTogetherAndNothingIsStored() {
        UUID caseId = ProcedureForms.woman(rest, today.minusYears(30), "PACEMAKER");
        ObjectNode form = checklist(today.minusDays(1), today.plusDays(1));

        ResponseEntity<JsonNode> answer = complete(nurse(), task(caseId), form);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactlyInAnyOrder("plannedProcedureDate", "consentDate", "pregnancyTestDate",
                "pregnancyTestNegative", "cardiacDevicePlan");
        assertThat(ruleOf(answer, "pregnancyTestDate")).isEqualTo("TMR-07");
        assertThat(ruleOf(answer, "cardiacDevicePlan")).isEqualTo("GEN-08");
        assertThat(storedChecklists(caseId)).isZero();
    }

    @Test
    void aPregnancyTestExactlySevenDaysBeforeThePlannedDatePasses() {
        UUID caseId = ProcedureForms.woman(rest, today.minusYears(30), "NONE");
        LocalDate planned = today.plusDays(3);
        ObjectNode form = checklist(planned, today);
        form.put("pregnancyTestDate", planned.minusDays(7).toString());
        form.put("pregnancyTestNegative", true);

        ResponseEntity<JsonNode> answer = complete(nurse(), task(caseId), form);

        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode stored = proceduresOf(rest, caseId).path("latestChecklist");
        assertThat(stored.path("pregnancyTestRequired").asBoolean()).isTrue();
        assertThat(stored.path("pregnancyTestDate").asText()).isEqualTo(planned.minusDays(7).toString());
    }

    @Test
    void aPregnancyTestEightDaysBeforeThePlannedDateIsRejectedWithTmr07() {
        UUID caseId = ProcedureForms.woman(rest, today.minusYears(30), "NONE");
        LocalDate planned = today.plusDays(3);
        ObjectNode form = checklist(planned, today);
        form.put("pregnancyTestDate", planned.minusDays(8).toString());
        form.put("pregnancyTestNegative", true);

        ResponseEntity<JsonNode> answer = complete(nurse(), task(caseId), form);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("pregnancyTestDate");
        assertThat(ruleOf(answer, "pregnancyTestDate")).isEqualTo("TMR-07");
        assertThat(storedChecklists(caseId)).isZero();
    }

    @Test
    void aPositivePregnancyTestBlocksTheChecklist() {
        UUID caseId = ProcedureForms.woman(rest, today.minusYears(25), "NONE");
        LocalDate planned = today.plusDays(2);
        ObjectNode form = checklist(planned, today);
        form.put("pregnancyTestDate", today.toString());
        form.put("pregnancyTestNegative", false);

        ResponseEntity<JsonNode> answer = complete(nurse(), task(caseId), form);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer)).containsExactly("pregnancyTestNegative");
        assertThat(storedChecklists(caseId)).isZero();
    }

    @Test
    void aWomanOlderThanFiftyFiveAtThePlannedDateNeedsNoPregnancyTest() {
        // 56 on the planned date: outside the configured 12-55 range
        UUID caseId = ProcedureForms.woman(rest, today.plusDays(3).minusYears(56), "NONE");

        ResponseEntity<JsonNode> answer = complete(nurse(), task(caseId), checklist(today.plusDays(3), today));

        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(proceduresOf(rest, caseId).path("latestChecklist").path("pregnancyTestRequired").asBoolean()).isFalse();
    }

    @Test
    void aRecentChemotherapyIsStoredAsATmr08CautionAndShownOnTheCase() {
        UUID caseId = ProcedureForms.manWithOneTumour(rest);
        LocalDate planned = today.plusDays(10);
        ObjectNode form = checklist(planned, today);
        form.put("lastChemotherapyDate", planned.minusDays(41).toString());
        form.put("note", "Oxaliplatin cycle 6 finished");

        ResponseEntity<JsonNode> answer = complete(nurse(), task(caseId), form);

        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode stored = proceduresOf(rest, caseId).path("latestChecklist");
        assertThat(stored.path("plannedProcedureDate").asText()).isEqualTo(planned.toString());
        assertThat(stored.path("anaesthesiaPlan").asText()).isEqualTo("DEEP_SEDATION");
        assertThat(stored.path("consentVersion").asText()).isEqualTo("v3.1");
        assertThat(stored.path("note").asText()).isEqualTo("Oxaliplatin cycle 6 finished");
        assertThat(stored.path("recordedBy").asText()).isEqualTo("nurse");
        JsonNode caution = stored.path("cautions").get(0);
        assertThat(caution.path("rule").asText()).isEqualTo("TMR-08");
        assertThat(caution.path("days").asInt()).isEqualTo(41);
        assertThat(caution.path("limitDays").asInt()).isEqualTo(42);
        assertThat(sessions.plannedProcedureDate(caseId)).contains(planned);
    }

    @Test
    void aChemotherapyExactlyAtTheWashoutLimitIsNoCaution() {
        UUID caseId = ProcedureForms.manWithOneTumour(rest);
        LocalDate planned = today.plusDays(10);
        ObjectNode form = checklist(planned, today);
        form.put("lastChemotherapyDate", planned.minusDays(42).toString());

        assertThat(complete(nurse(), task(caseId), form).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(proceduresOf(rest, caseId).path("latestChecklist").path("cautions")).isEmpty();
    }

    @Test
    void everySubmissionIsKeptAndTheNewestGivesThePlannedDate() {
        UUID caseId = ProcedureForms.manWithOneTumour(rest);
        complete(nurse(), task(caseId), checklist(today.plusDays(5), today));

        ResponseEntity<JsonNode> second = complete(nurse(), task(caseId), checklist(today.plusDays(9), today));

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(storedChecklists(caseId)).isEqualTo(2);
        assertThat(sessions.plannedProcedureDate(caseId)).contains(today.plusDays(9));
        assertThat(proceduresOf(rest, caseId).path("latestChecklist").path("plannedProcedureDate").asText())
                .isEqualTo(today.plusDays(9).toString());
    }

    private int storedChecklists(UUID caseId) {
        return jdbc.queryForObject("select count(*) from app.pre_procedure_checklist where case_id = ?", Integer.class, caseId);
    }

    static JsonNode field(JsonNode described, String name) {
        for (JsonNode field : described.path("formFields")) {
            if (name.equals(field.path("name").asText())) {
                return field;
            }
        }
        throw new AssertionError("no form field " + name + " in " + described);
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
