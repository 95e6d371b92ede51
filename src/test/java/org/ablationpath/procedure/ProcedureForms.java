package org.ablationpath.procedure;

import static org.ablationpath.TestCases.JSON;
import static org.ablationpath.TestCases.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.FormTasks;
import org.ablationpath.TestCases;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Cases, tasks and form bodies for the procedure form tests, all through the REST API. */
public final class ProcedureForms {

    static final String CENTER = "C01";

    private ProcedureForms() {
    }

    /** A man with one HCC (T1) and no cardiac device. */
    static UUID manWithOneTumour(TestRestTemplate rest) {
        return TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("PROC-M")));
    }

    /** A woman with two liver metastases (T1, T2), born on the given date, with the given cardiac device. */
    static UUID woman(TestRestTemplate rest, LocalDate birthDate, String cardiacDevice) {
        ObjectNode document = TestCases.lowPlateletsCase(TestCases.uniquePseudonym("PROC-F"));
        ObjectNode patient = (ObjectNode) document.path("patient");
        patient.put("birthDate", birthDate.toString());
        patient.put("cardiacDevice", cardiacDevice);
        if (!"NONE".equals(cardiacDevice)) {
            patient.put("pacemakerDependent", false);
        }
        return TestCases.refer(rest, document);
    }

    static String openTask(ProcessEngine engine, UUID caseId, String formKey, String candidateGroup) {
        return FormTasks.openTask(engine, caseId, CENTER, formKey, candidateGroup);
    }

    static ResponseEntity<JsonNode> complete(TestRestTemplate user, String taskId, JsonNode form) {
        return post(user, "/api/tasks/" + taskId + "/complete", form);
    }

    /** The field paths of a problem response. */
    static List<String> fields(ResponseEntity<JsonNode> answer) {
        List<String> fields = new ArrayList<>();
        answer.getBody().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    /** The rule of the problem reported for a field, or "" if none. */
    static String ruleOf(ResponseEntity<JsonNode> answer, String field) {
        for (JsonNode error : answer.getBody().path("errors")) {
            if (field.equals(error.path("field").asText())) {
                return error.path("rule").asText("");
            }
        }
        throw new AssertionError("no problem reported for " + field + ": " + answer.getBody());
    }

    /** A complete checklist without conditional items. */
    public static ObjectNode checklist(LocalDate planned, LocalDate consent) {
        ObjectNode form = JSON.createObjectNode();
        form.put("plannedProcedureDate", planned.toString());
        form.put("consentDate", consent.toString());
        form.put("consentVersion", "v3.1");
        form.put("anaesthesiaPlan", "DEEP_SEDATION");
        form.put("anticoagulationPlan", "NOT_ON_ANTITHROMBOTICS");
        form.put("antibioticProphylaxisPlanned", false);
        form.put("fastingInstructionsGiven", true);
        return form;
    }

    /** A radiofrequency application with every parameter 4.10 requires for RF. */
    public static ObjectNode rfa(String tumorId) {
        ObjectNode application = JSON.createObjectNode();
        application.put("tumorId", tumorId);
        application.put("modality", "RFA");
        application.put("deviceManufacturer", "Medtronic");
        application.put("deviceModel", "Cool-tip ACTC2025");
        application.put("generatorModel", "Cool-tip E Series");
        application.put("applicatorType", "RF_SINGLE");
        application.put("numberOfApplicators", 1);
        application.put("numberOfPositions", 2);
        application.put("powerW", 60.0);
        application.put("durationSec", 720);
        return application;
    }

    /** A cryoablation application with its freeze–thaw parameters. */
    static ObjectNode cryo(String tumorId) {
        ObjectNode application = JSON.createObjectNode();
        application.put("tumorId", tumorId);
        application.put("modality", "CRYO");
        application.put("deviceManufacturer", "Boston Scientific");
        application.put("deviceModel", "IceRod");
        application.put("generatorModel", "Visual-ICE");
        application.put("applicatorType", "CRYOPROBE");
        application.put("numberOfApplicators", 2);
        application.put("numberOfPositions", 1);
        application.put("durationSec", 1200);
        application.put("freezeThawCycles", 2);
        application.put("freezeMinutes", 10);
        application.put("thawMinutes", 8);
        return application;
    }

    /** A complete record of one session on the given date treating the given tumours with RFA, all successful. */
    public static ObjectNode procedureRecord(LocalDate date, String... tumorIds) {
        ObjectNode form = JSON.createObjectNode();
        form.put("procedureDate", date.toString());
        form.put("intentType", "INITIAL");
        form.put("approach", "PERCUTANEOUS");
        form.putArray("guidance").add("US").add("CT");
        form.put("anaesthesia", "GENERAL");
        form.put("setting", "OVERNIGHT");
        form.put("antibioticProphylaxis", false);
        ArrayNode applications = form.putArray("applications");
        ArrayNode success = form.putArray("technicalSuccess");
        for (String tumorId : tumorIds) {
            applications.add(rfa(tumorId));
            success.addObject().put("tumorId", tumorId).put("success", true);
        }
        return form;
    }

    public static ObjectNode discharge(LocalDate date) {
        ObjectNode form = JSON.createObjectNode();
        form.put("dischargeDate", date.toString());
        form.put("unplannedAdmission", false);
        form.put("prolongedStay", false);
        return form;
    }

    /** Records a session on the case through its own procedure-record task, as the radiologist. */
    static void recordSession(TestRestTemplate rest, ProcessEngine engine, UUID caseId, ObjectNode record) {
        String task = openTask(engine, caseId, "procedure-record", "INTERVENTIONAL_RADIOLOGIST");
        ResponseEntity<JsonNode> answer = complete(rest.withBasicAuth("radiologist", "demo"), task, record);
        assertThat(answer.getStatusCode().value()).as("record answer %s", answer.getBody()).isEqualTo(204);
    }

    /** The procedures section of the case as the nurse sees it. */
    static JsonNode proceduresOf(TestRestTemplate rest, UUID caseId) {
        ResponseEntity<JsonNode> kase = TestCases.get(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId);
        assertThat(kase.getStatusCode().value()).isEqualTo(200);
        return kase.getBody().path("sections").path("procedures");
    }
}
