package org.ablationpath.imaging;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.lowPlateletsCase;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.TestCases;
import org.ablationpath.platform.workflow.RoutingVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The "response-assessment" task through the REST API, on real engine tasks of referred cases (no procedure session
 * is recorded, so every tumour of the case is assessed): validation by field path, the routing variable the task
 * leaves in the engine, the stored history and the case's {@code imaging} section.
 */
@AblationPathTest
class ResponseAssessmentApiTest {

    private static final String FORM_KEY = "response-assessment";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ResponseAssessments assessments;

    private TestRestTemplate radiologist() {
        return rest.withBasicAuth("radiologist", "demo");
    }

    private String openTask(UUID caseId) {
        return FormTasks.openTask(engine, caseId, "C01", FORM_KEY, "INTERVENTIONAL_RADIOLOGIST");
    }

    @Test
    void theTaskDescribesItsFormWithTheFieldsOfEachTumour() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("IMG-FORM")));
        String taskId = openTask(caseId);

        ResponseEntity<JsonNode> described = get(radiologist(), "/api/tasks/" + taskId);

        assertThat(described.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode fields = described.getBody().path("formFields");
        assertThat(names(fields)).containsExactly("studyDate", "modality", "contrast", "newIntraOrganTumour",
                "extraOrganDisease", "assessments", "note");
        assertThat(field(fields, "studyDate").path("type").asText()).isEqualTo("date");
        assertThat(field(fields, "studyDate").path("required").asBoolean()).isTrue();
        assertThat(field(fields, "modality").path("allowedValues").toString())
                .isEqualTo("[\"CT\",\"MRI\",\"CEUS\",\"US\",\"PET_CT\",\"CXR\"]");
        assertThat(field(fields, "contrast").path("type").asText()).isEqualTo("boolean");
        assertThat(field(fields, "contrast").path("required").asBoolean()).isTrue();
        JsonNode assessmentsField = field(fields, "assessments");
        assertThat(assessmentsField.path("type").asText()).isEqualTo("array");
        assertThat(assessmentsField.path("required").asBoolean()).isTrue();
        JsonNode items = assessmentsField.path("fields");
        assertThat(names(items)).containsExactly("tumorId", "response", "liradsTr", "mrecist", "minimalMarginMm",
                "ablationZoneMaxMm");
        assertThat(field(items, "response").path("required").asBoolean()).isTrue();
        assertThat(field(items, "response").path("allowedValues").toString())
                .isEqualTo("[\"COMPLETE\",\"RESIDUAL_VIABLE\",\"EQUIVOCAL\",\"NOT_EVALUABLE\"]");
        assertThat(field(items, "liradsTr").path("required").asBoolean()).as("required for HCC only").isFalse();
        assertThat(field(items, "minimalMarginMm").path("type").asText()).isEqualTo("number");
        assertThat(field(items, "minimalMarginMm").path("minimum").decimalValue()).isEqualByComparingTo("0");
        assertThat(field(items, "ablationZoneMaxMm").path("type").asText()).isEqualTo("integer");
    }

    @Test
    void invalidInputIsRefusedNamingEachIndexedFieldAndNothingIsStored() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("IMG-BAD")));
        String taskId = openTask(caseId);

        // what the form alone can tell
        ObjectNode incomplete = form(LocalDate.now().minusDays(2), false, false);
        incomplete.remove("studyDate");
        ((ArrayNode) incomplete.get("assessments")).addObject().put("tumorId", "T1").put("minimalMarginMm", -1.0);
        ResponseEntity<JsonNode> refused = complete(taskId, incomplete);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problemFields(refused)).containsExactlyInAnyOrder("studyDate", "assessments[0].response",
                "assessments[0].minimalMarginMm");

        // what only the case can tell, all at once: a date after today, a tumour the case does not have, an HCC without LR-TR
        ObjectNode againstTheCase = form(LocalDate.now().plusDays(1), false, false);
        assess(againstTheCase, "T9", "COMPLETE", null, null);
        assess(againstTheCase, "T1", "COMPLETE", null, "6.0");
        ResponseEntity<JsonNode> refusedAgain = complete(taskId, againstTheCase);

        assertThat(refusedAgain.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problemFields(refusedAgain)).containsExactlyInAnyOrder("studyDate", "assessments[0].tumorId",
                "assessments[1].liradsTr");

        // an LR-TR that contradicts the response, and the treated tumour assessed twice
        ObjectNode contradicting = form(LocalDate.now().minusDays(1), false, false);
        assess(contradicting, "T1", "COMPLETE", "VIABLE", null);
        assess(contradicting, "T1", "COMPLETE", "NONVIABLE", null);
        ResponseEntity<JsonNode> contradicted = complete(taskId, contradicting);

        assertThat(contradicted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problemFields(contradicted)).containsExactlyInAnyOrder("assessments[0].liradsTr", "assessments[1].tumorId");

        assertThat(jdbc.queryForObject("select count(*) from app.imaging_study where case_id = ?", Integer.class, caseId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app.tumor_assessment where case_id = ?", Integer.class, caseId)).isZero();
        assertThat(get(radiologist(), "/api/tasks/" + taskId).getStatusCode()).as("the task stays open").isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "COMPLETE,            COMPLETE,        NONVIABLE, 5.0, false",
            "RESIDUAL,            RESIDUAL_VIABLE, VIABLE,    8.0, false",
            "MARGIN_BELOW_TARGET, COMPLETE,        NONVIABLE, 4.9, false",
            "EQUIVOCAL,           EQUIVOCAL,       EQUIVOCAL,    , false",
            "NEW_DISEASE,         COMPLETE,        NONVIABLE, 6.0, true"})
    void eachFindingIsLeftInTheEngineAndStored(ResponseFinding expected, String response, String liradsTr, String margin,
                                               boolean extraOrganDisease) {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("IMG-" + expected.name().replace('_', '-'))));
        String taskId = openTask(caseId);
        String processInstanceId = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        ObjectNode body = form(LocalDate.now().minusDays(3), false, extraOrganDisease);
        assess(body, "T1", response, liradsTr, margin);

        ResponseEntity<JsonNode> completed = complete(taskId, body);

        assertThat(completed.getStatusCode()).as("answer %s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(ResponseAssessments.ROUTING_VARIABLE).singleResult().getValue()).isEqualTo(expected.name());
        // TMR-05 / ALR-13: a finding that may go to the board hands back the study's date (3 days before this form)
        List<Object> detectionDates = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(RoutingVariables.DETECTION_DATE).list().stream()
                .map(v -> v.getValue()).toList();
        if (expected == ResponseFinding.COMPLETE || expected == ResponseFinding.EQUIVOCAL) {
            assertThat(detectionDates).isEmpty();
        } else {
            assertThat(detectionDates).containsExactly(
                    Date.from(LocalDate.now().minusDays(3).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        }
        ResponseAssessmentSummary latest = assessments.latest(caseId).orElseThrow();
        assertThat(latest.finding()).isEqualTo(expected);
        assertThat(latest.studyDate()).isEqualTo(LocalDate.now().minusDays(3));
        assertThat(latest.tumors()).singleElement().satisfies(t -> {
            assertThat(t.tumorId()).isEqualTo("T1");
            assertThat(t.histology()).isEqualTo("HCC");
            assertThat(t.response().name()).isEqualTo(response);
            assertThat(t.marginTargetMm()).isEqualByComparingTo("5");
        });
        assertThat(jdbc.queryForObject("select finding from app.imaging_study where task_id = ?", String.class, taskId))
                .isEqualTo(expected.name());
    }

    @Test
    void theCasePageShowsTheStudyWithEachTumoursMarginAndTarget() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("IMG-CASE")));
        assertThat(get(radiologist(), "/api/cases/" + caseId).getBody().path("sections").has("imaging")).isFalse();
        ObjectNode body = form(LocalDate.now().minusDays(2), false, false);
        assess(body, "T1", "COMPLETE", "NONVIABLE", "5.0");
        body.put("note", "Arterial and portal phases, no enhancement.");
        assertThat(complete(openTask(caseId), body).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode kase = get(radiologist(), "/api/cases/" + caseId).getBody();

        JsonNode study = kase.path("sections").path("imaging").get(0);
        assertThat(study.path("finding").asText()).isEqualTo("COMPLETE");
        assertThat(study.path("studyDate").asText()).isEqualTo(LocalDate.now().minusDays(2).toString());
        assertThat(study.path("modality").asText()).isEqualTo("MRI");
        assertThat(study.path("note").asText()).isEqualTo("Arterial and portal phases, no enhancement.");
        assertThat(study.path("recordedBy").asText()).isEqualTo("radiologist");
        JsonNode tumor = study.path("tumors").get(0);
        assertThat(tumor.path("tumorId").asText()).isEqualTo("T1");
        assertThat(tumor.path("response").asText()).isEqualTo("COMPLETE");
        assertThat(tumor.path("liradsTr").asText()).isEqualTo("NONVIABLE");
        assertThat(tumor.path("minimalMarginMm").decimalValue()).isEqualByComparingTo("5.0");
        assertThat(tumor.path("marginTargetMm").decimalValue()).isEqualByComparingTo("5");
        assertThat(tumor.path("marginBelowTarget").asBoolean(true)).as("exactly at target meets it").isFalse();
        assertThat(tumor.has("marginTargetNote")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from app.access_log where case_id = ? and action = 'VIEW_IMAGING' "
                + "and username = 'radiologist' and channel = 'API'", Integer.class, caseId)).isPositive();
        assertThat(get(rest.withBasicAuth("nurse2", "demo"), "/api/cases/" + caseId).getStatusCode())
                .as("another center's nurse").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void everyTumourOfTheCaseIsAssessedAndTheHistoryOfStudiesIsKept() {
        // two CRLM: margin target 5 mm, no LR-TR
        UUID caseId = TestCases.refer(rest, lowPlateletsCase(uniquePseudonym("IMG-CRLM")));
        String firstTask = openTask(caseId);
        ObjectNode onlyOne = form(LocalDate.now().minusDays(10), false, false);
        assess(onlyOne, "T1", "COMPLETE", "NONVIABLE", "3.0");
        ResponseEntity<JsonNode> refused = complete(firstTask, onlyOne);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problemFields(refused)).containsExactlyInAnyOrder("assessments[0].liradsTr", "assessments");

        ObjectNode both = form(LocalDate.now().minusDays(10), false, false);
        assess(both, "T1", "COMPLETE", null, "3.0");
        assess(both, "T2", "COMPLETE", null, "6.5");
        assertThat(complete(firstTask, both).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(assessments.latest(caseId).orElseThrow().finding()).isEqualTo(ResponseFinding.MARGIN_BELOW_TARGET);
        assertThat(assessments.smallestMarginMm(caseId, "CRLM")).contains(new BigDecimal("3.0"));
        assertThat(assessments.smallestMarginMm(caseId, "HCC")).isEmpty();

        // a later study of the same case: kept beside the first, newest first
        ObjectNode later = form(LocalDate.now().minusDays(1), false, false);
        assess(later, "T1", "RESIDUAL_VIABLE", null, null);
        assess(later, "T2", "COMPLETE", null, null);
        assertThat(complete(openTask(caseId), later).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        List<ResponseAssessmentSummary> history = assessments.ofCase(caseId);
        assertThat(history).extracting(ResponseAssessmentSummary::finding)
                .containsExactly(ResponseFinding.RESIDUAL, ResponseFinding.MARGIN_BELOW_TARGET);
        assertThat(assessments.smallestMarginMm(caseId, "CRLM")).as("measured on the newest study only").isEmpty();
        assertThat(get(radiologist(), "/api/cases/" + caseId).getBody().path("sections").path("imaging")).hasSize(2);
    }

    @Test
    void petCtIsRefusedForAnHccNamingTheModalityAndNothingIsStored() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("IMG-PET")));
        String taskId = openTask(caseId);
        ObjectNode petCt = form(LocalDate.now().minusDays(2), false, false);
        petCt.put("modality", "PET_CT");
        assess(petCt, "T1", "COMPLETE", "NONVIABLE", "6.0");

        ResponseEntity<JsonNode> refused = complete(taskId, petCt);

        // FUP-LIV-01: PET-CT never for HCC; it would otherwise meet the response point and silence ALR-11
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problemFields(refused)).containsExactly("modality");
        assertThat(refused.getBody().path("errors").get(0).path("message").asText()).contains("PET-CT", "HCC", "T1");
        assertThat(jdbc.queryForObject("select count(*) from app.imaging_study where case_id = ?", Integer.class, caseId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app.tumor_assessment where case_id = ?", Integer.class, caseId)).isZero();
        assertThat(get(radiologist(), "/api/tasks/" + taskId).getStatusCode()).as("the task stays open").isEqualTo(HttpStatus.OK);

        petCt.put("modality", "MRI");
        assertThat(complete(taskId, petCt).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void aHistologyWithoutAPublishedTargetHasNoMarginRuleAndNoLiradsTr() {
        ObjectNode document = hccCase(uniquePseudonym("IMG-ICC"));
        ObjectNode tumor = (ObjectNode) document.get("tumors").get(0);
        tumor.put("histology", "ICC").put("diagnosisBasis", "BIOPSY").remove("liradsCategory");
        UUID caseId = TestCases.refer(rest, document);
        String taskId = openTask(caseId);

        ObjectNode withLirads = form(LocalDate.now().minusDays(2), false, false);
        assess(withLirads, "T1", "COMPLETE", "NONVIABLE", "0.5");
        ResponseEntity<JsonNode> refused = complete(taskId, withLirads);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problemFields(refused)).containsExactly("assessments[0].liradsTr");

        ObjectNode narrow = form(LocalDate.now().minusDays(2), false, false);
        assess(narrow, "T1", "COMPLETE", null, "0.5");
        assertThat(complete(taskId, narrow).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(assessments.latest(caseId).orElseThrow().finding()).as("no margin rule for ICC").isEqualTo(ResponseFinding.COMPLETE);
        JsonNode shown = get(radiologist(), "/api/cases/" + caseId).getBody().path("sections").path("imaging").get(0).path("tumors").get(0);
        assertThat(shown.path("histology").asText()).isEqualTo("ICC");
        assertThat(shown.has("marginTargetMm")).isFalse();
        assertThat(shown.has("marginBelowTarget")).isFalse();
        assertThat(shown.path("marginTargetNote").asText()).isEqualTo("no published margin target");
    }

    /** A study with the case-independent fields filled and no assessments yet. */
    private static ObjectNode form(LocalDate studyDate, boolean newIntraOrganTumour, boolean extraOrganDisease) {
        ObjectNode form = TestCases.JSON.createObjectNode();
        form.put("studyDate", studyDate.toString());
        form.put("modality", "MRI");
        form.put("contrast", true);
        form.put("newIntraOrganTumour", newIntraOrganTumour);
        form.put("extraOrganDisease", extraOrganDisease);
        form.putArray("assessments");
        return form;
    }

    private static void assess(ObjectNode form, String tumorId, String response, String liradsTr, String marginMm) {
        ObjectNode assessment = ((ArrayNode) form.get("assessments")).addObject();
        assessment.put("tumorId", tumorId).put("response", response);
        if (liradsTr != null) {
            assessment.put("liradsTr", liradsTr);
        }
        if (marginMm != null) {
            assessment.put("minimalMarginMm", new BigDecimal(marginMm));
        }
    }

    private ResponseEntity<JsonNode> complete(String taskId, ObjectNode form) {
        return post(radiologist(), "/api/tasks/" + taskId + "/complete", form);
    }

    private static List<String> problemFields(ResponseEntity<JsonNode> problem) {
        return StreamSupport.stream(problem.getBody().path("errors").spliterator(), false).map(e -> e.path("field").asText()).toList();
    }

    private static List<String> names(JsonNode fields) {
        return StreamSupport.stream(fields.spliterator(), false).map(f -> f.path("name").asText()).toList();
    }

    private static JsonNode field(JsonNode fields, String name) {
        return StreamSupport.stream(fields.spliterator(), false).filter(f -> name.equals(f.path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + fields));
    }
}
