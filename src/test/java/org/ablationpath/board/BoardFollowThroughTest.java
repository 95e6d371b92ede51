package org.ablationpath.board;

import static org.ablationpath.TestCases.boardTaskOf;
import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.lowPlateletsCase;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.TestCases;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The board's re-ablation pre-authorisation (STG-04) and a clinical trial's arm (pathway.md 6) on a real board review,
 * and the decision-follow-through task
 * (STG-13) through {@code POST /api/tasks/{id}/complete}.
 */
@AblationPathTest
class BoardFollowThroughTest {

    private static final String FOLLOW_THROUGH = "decision-follow-through";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Clock clock;

    private TestRestTemplate board() {
        return rest.withBasicAuth("board", "demo");
    }

    @Test
    void preAuthorisationIsRefusedWithANonAblativeDecisionAndNothingIsStored() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("PREAUTH-NO")));
        String taskId = boardTaskOf(rest, caseId);

        ResponseEntity<JsonNode> refused = post(board(), "/api/tasks/" + taskId + "/complete",
                Map.of("decisionCode", "RESECTION", "intent", "CURATIVE", "rationale", "Resectable.",
                        "overrideReason", "Surgeon prefers resection for this single HCC.", "reAblationPreAuthorised", true));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused.getBody())).containsExactly("reAblationPreAuthorised");
        assertThat(jdbc.queryForObject("select count(*) from app.board_decision where case_id = ?", Integer.class, caseId)).isZero();
    }

    @Test
    void preAuthorisedAblationIsStoredShownAndRoutesThePathway() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("PREAUTH")));
        String taskId = boardTaskOf(rest, caseId);
        JsonNode field = formField(taskId, "reAblationPreAuthorised");
        assertThat(field.path("type").asText()).isEqualTo("boolean");
        assertThat(field.path("required").asBoolean()).isFalse();

        ResponseEntity<JsonNode> completed = post(board(), "/api/tasks/" + taskId + "/complete",
                Map.of("decisionCode", "ABLATION", "intent", "CURATIVE", "rationale", "Single HCC 24 mm: MWA.",
                        "reAblationPreAuthorised", true));

        assertThat(completed.getStatusCode()).as("answer %s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(routingVariable(taskId, "reAblationPreAuthorised")).isEqualTo(true);
        assertThat(routingVariable(taskId, "decisionCode")).isEqualTo("ABLATION");
        assertThat(jdbc.queryForObject("select re_ablation_pre_authorised from app.board_decision where case_id = ?",
                Boolean.class, caseId)).isTrue();
        JsonNode shown = get(board(), "/api/cases/" + caseId).getBody().path("sections").path("decisions").get(0);
        assertThat(shown.path("reAblationPreAuthorised").asBoolean()).isTrue();
    }

    @Test
    void withoutAnAnswerTheRoutingVariableIsFalse() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("PREAUTH-NULL")));
        String taskId = boardTaskOf(rest, caseId);

        assertThat(post(board(), "/api/tasks/" + taskId + "/complete",
                Map.of("decisionCode", "ABLATION", "intent", "CURATIVE", "rationale", "Single HCC 24 mm: RFA."))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(routingVariable(taskId, "reAblationPreAuthorised")).isEqualTo(false);
        assertThat(jdbc.queryForObject("select re_ablation_pre_authorised from app.board_decision where case_id = ?",
                Boolean.class, caseId)).isNull();
    }

    @Test
    void aClinicalTrialNeedsItsArmAndAnotherDecisionCannotHaveOne() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("TRIAL-ARM-NO")));
        String taskId = boardTaskOf(rest, caseId);
        JsonNode field = formField(taskId, "trialArmAblation");
        assertThat(field.path("type").asText()).isEqualTo("boolean");

        ResponseEntity<JsonNode> noArm = post(board(), "/api/tasks/" + taskId + "/complete",
                Map.of("decisionCode", "CLINICAL_TRIAL", "intent", "CURATIVE", "rationale", "Eligible for the IRE trial.",
                        "overrideReason", "Trial treatment offered within the study protocol."));
        ResponseEntity<JsonNode> armWithoutTrial = post(board(), "/api/tasks/" + taskId + "/complete",
                Map.of("decisionCode", "ABLATION", "intent", "CURATIVE", "rationale", "Single HCC 24 mm: MWA.",
                        "trialArmAblation", true));

        assertThat(noArm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(noArm.getBody())).containsExactly("trialArmAblation");
        assertThat(armWithoutTrial.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(armWithoutTrial.getBody())).containsExactly("trialArmAblation");
        assertThat(jdbc.queryForObject("select count(*) from app.board_decision where case_id = ?", Integer.class, caseId)).isZero();
    }

    @Test
    void aTrialWhoseTreatmentIsAnAblationGoesToTheProcedure() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("TRIAL-ARM-ABL")));
        String taskId = boardTaskOf(rest, caseId);

        // ELIGIBLE and an ablative trial arm: concordant, so no override reason is needed (STG-04)
        ResponseEntity<JsonNode> completed = post(board(), "/api/tasks/" + taskId + "/complete",
                Map.of("decisionCode", "CLINICAL_TRIAL", "intent", "CURATIVE", "rationale", "MWA arm of the margin trial.",
                        "trialArmAblation", true, "targetLesions", List.of("T1"), "plannedModality", "MWA"));

        assertThat(completed.getStatusCode()).as("answer %s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(routingVariable(taskId, "nextStage")).isEqualTo("PRE_PROCEDURE");
        assertThat(jdbc.queryForObject("select trial_arm_ablation from app.board_decision where case_id = ?",
                Boolean.class, caseId)).isTrue();
        assertThat(openTasks(caseId)).contains("Activity_PreProcedureChecklist").doesNotContain("Activity_ConfirmTreatmentStarted");
        JsonNode shown = get(board(), "/api/cases/" + caseId).getBody().path("sections").path("decisions").get(0);
        assertThat(shown.path("trialArmAblation").asBoolean()).isTrue();
        assertThat(shown.path("concordant").asBoolean()).isTrue();
    }

    @Test
    void aTrialOfAnotherTreatmentIsTrackedAsOtherTreatment() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("TRIAL-ARM-OTHER")));
        String taskId = boardTaskOf(rest, caseId);

        ResponseEntity<JsonNode> completed = post(board(), "/api/tasks/" + taskId + "/complete",
                Map.of("decisionCode", "CLINICAL_TRIAL", "intent", "PALLIATIVE", "rationale", "Systemic therapy trial.",
                        "overrideReason", "The patient prefers the systemic therapy trial offered.", "trialArmAblation", false));

        assertThat(completed.getStatusCode()).as("answer %s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(routingVariable(taskId, "nextStage")).isEqualTo("OTHER_TREATMENT_TRACKING");
        assertThat(jdbc.queryForObject("select trial_arm_ablation from app.board_decision where case_id = ?",
                Boolean.class, caseId)).isFalse();
        assertThat(openTasks(caseId)).contains("Activity_ConfirmTreatmentStarted").doesNotContain("Activity_PreProcedureChecklist");
    }

    private List<String> openTasks(UUID caseId) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId.toString()).list().stream()
                .map(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey).toList();
    }

    @Test
    void followThroughFormIsDescribedAndRefusesIncompleteAnswersStoringNothing() {
        UUID caseId = decidedSystemicCase("FT-BAD");
        String taskId = FormTasks.openTask(engine, caseId, "C01", FOLLOW_THROUGH, "TUMOR_BOARD");
        LocalDate today = LocalDate.now(clock);

        JsonNode started = formField(taskId, "treatmentStarted");
        assertThat(started.path("type").asText()).isEqualTo("boolean");
        assertThat(started.path("required").asBoolean()).isTrue();
        assertThat(formField(taskId, "startDate").path("type").asText()).isEqualTo("date");
        assertThat(formField(taskId, "treatmentType").path("allowedValues").toString()).contains("SYSTEMIC", "RESECTION");
        assertThat(formField(taskId, "reasonCode").path("type").asText()).isEqualTo("string");
        assertThat(formField(taskId, "reasonCode").path("allowedValues").toString()).contains("PATIENT_CHOICE", "CAPACITY");
        assertThat(formField(taskId, "note").path("maxLength").asInt()).isEqualTo(2000);

        assertThat(refusedFields(taskId, Map.of())).containsExactly("treatmentStarted");
        assertThat(refusedFields(taskId, Map.of("treatmentStarted", true))).containsExactly("startDate");
        assertThat(refusedFields(taskId, Map.of("treatmentStarted", true, "startDate", today.plusDays(1).toString())))
                .containsExactly("startDate");
        assertThat(refusedFields(taskId, Map.of("treatmentStarted", true, "startDate", today.minusDays(1).toString())))
                .as("before the decision of today").containsExactly("startDate");
        assertThat(refusedFields(taskId, Map.of("treatmentStarted", false))).containsExactly("reasonCode");
        assertThat(refusedFields(taskId, Map.of("treatmentStarted", false, "reasonCode", "BAD_WEATHER"))).containsExactly("reasonCode");
        assertThat(refusedFields(taskId, Map.of("treatmentStarted", true, "startDate", today.toString(), "treatmentType", "TACE")))
                .as("another treatment than decided needs a reason").containsExactly("reasonCode");
        assertThat(refusedFields(taskId, Map.of("treatmentStarted", true, "startDate", today.toString(), "unknown", 1)))
                .containsExactly("unknown");

        assertThat(jdbc.queryForObject("select count(*) from app.subsequent_treatment where case_id = ?", Integer.class, caseId))
                .isZero();
    }

    @Test
    void startedTreatmentIsStoredWithTheDecidedCodeAndShownWithTheDecision() {
        UUID caseId = decidedSystemicCase("FT-OK");
        String taskId = FormTasks.openTask(engine, caseId, "C01", FOLLOW_THROUGH, "TUMOR_BOARD");
        LocalDate today = LocalDate.now(clock);

        ResponseEntity<JsonNode> completed = post(board(), "/api/tasks/" + taskId + "/complete",
                Map.of("treatmentStarted", true, "startDate", today.toString(), "note", "First cycle given."));

        assertThat(completed.getStatusCode()).as("answer %s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode shown = get(board(), "/api/cases/" + caseId).getBody().path("sections").path("decisions").get(0);
        JsonNode followThrough = shown.path("followThrough");
        assertThat(followThrough.path("treatmentStarted").asBoolean()).isTrue();
        assertThat(followThrough.path("treatmentType").asText()).isEqualTo("SYSTEMIC");
        assertThat(followThrough.path("startDate").asText()).isEqualTo(today.toString());
        assertThat(followThrough.path("note").asText()).isEqualTo("First cycle given.");
        assertThat(followThrough.path("recordedBy").asText()).isEqualTo("board");
        assertThat(followThrough.path("decisionId").asText()).isEqualTo(shown.path("id").asText());
        assertThat(jdbc.queryForMap("select task_id, treatment_type, reason_code from app.subsequent_treatment where case_id = ?", caseId))
                .containsEntry("task_id", taskId).containsEntry("treatment_type", "SYSTEMIC").containsEntry("reason_code", null);
    }

    @Test
    void treatmentNotStartedIsStoredWithItsReason() {
        UUID caseId = decidedSystemicCase("FT-NOT");
        String taskId = FormTasks.openTask(engine, caseId, "C01", FOLLOW_THROUGH, "TUMOR_BOARD");

        assertThat(post(board(), "/api/tasks/" + taskId + "/complete",
                Map.of("treatmentStarted", false, "reasonCode", "PATIENT_CHOICE")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode followThrough = get(board(), "/api/cases/" + caseId).getBody()
                .path("sections").path("decisions").get(0).path("followThrough");
        assertThat(followThrough.path("treatmentStarted").asBoolean()).isFalse();
        assertThat(followThrough.path("reasonCode").asText()).isEqualTo("PATIENT_CHOICE");
        assertThat(followThrough.path("startDate").isMissingNode()).isTrue();
    }

    /** A case whose board decided systemic therapy (concordant with NOT_ELIGIBLE). */
    private UUID decidedSystemicCase(String prefix) {
        UUID caseId = TestCases.refer(rest, lowPlateletsCase(uniquePseudonym(prefix)));
        assertThat(post(board(), "/api/tasks/" + boardTaskOf(rest, caseId) + "/complete",
                Map.of("decisionCode", "SYSTEMIC", "intent", "PALLIATIVE", "rationale", "Platelets too low."))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        return caseId;
    }

    private List<String> refusedFields(String taskId, Map<String, Object> form) {
        ResponseEntity<JsonNode> answer = post(board(), "/api/tasks/" + taskId + "/complete", new HashMap<>(form));
        assertThat(answer.getStatusCode()).as("answer to %s: %s", form, answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return fields(answer.getBody());
    }

    private JsonNode formField(String taskId, String name) {
        JsonNode described = get(board(), "/api/tasks/" + taskId).getBody();
        return StreamSupport.stream(described.path("formFields").spliterator(), false)
                .filter(f -> name.equals(f.path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + described.path("formFields")));
    }

    private Object routingVariable(String taskId, String name) {
        String instanceId = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult()
                .getProcessInstanceId();
        HistoricVariableInstance variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId).variableName(name).singleResult();
        assertThat(variable).as("variable %s of the board review's process", name).isNotNull();
        return variable.getValue();
    }

    static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.path("errors").spliterator(), false).map(e -> e.path("field").asText()).toList();
    }
}
