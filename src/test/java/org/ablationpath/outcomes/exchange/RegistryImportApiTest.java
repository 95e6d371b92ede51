package org.ablationpath.outcomes.exchange;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.ablationpath.outcomes.exchange.RegistryCasesForTests.pastHccCase;
import static org.ablationpath.outcomes.exchange.RegistryCasesForTests.pastHccCaseDeceased;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ablationpath.AblationPathTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retrospective import: a valid past case is stored with its follow-up and evaluation and no pathway; an invalid one
 * (validation rules, follow-up checks, unreadable JSON) is refused naming each field and leaves nothing; a batch
 * imports its valid rows and rejects the others, row by row.
 */
@AblationPathTest
class RegistryImportApiTest {

    private static final List<String> TABLES = List.of("app.patient", "app.clinical_case", "app.lesion", "app.lab_panel",
            "app.rule_evaluation", "app.registry_case");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;

    private TestRestTemplate dataManager() {
        return rest.withBasicAuth("datamanager", "demo");
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        counts.put("process instances", runtime.createProcessInstanceQuery().count());
        return counts;
    }

    @Test
    void aValidPastCaseIsStoredWithItsFollowUpAndEvaluationAndNoPathway() {
        long processes = runtime.createProcessInstanceQuery().count();
        ResponseEntity<JsonNode> created = post(dataManager(), "/api/registry/cases", pastHccCase(uniquePseudonym("IMP")));

        assertThat(created.getStatusCode()).as("answer %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseId = created.getBody().path("caseId").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/registry/cases/" + caseId);
        assertThat(created.getBody().path("finalStatus").asText()).isEqualTo("ELIGIBLE");
        assertThat(runtime.createProcessInstanceQuery().count()).as("no pathway for a past case").isEqualTo(processes);

        JsonNode stored = get(dataManager(), "/api/registry/cases/" + caseId).getBody();
        assertThat(stored.path("imported").asBoolean()).isTrue();
        assertThat(stored.path("stage").asText()).isEqualTo("SURVEILLANCE");
        assertThat(stored.path("followUp").path("procedures").get(0).path("modality").asText()).isEqualTo("MWA");
        assertThat(stored.path("evaluation").path("trigger").asText()).isEqualTo("IMPORT");
        assertThat(stored.path("evaluation").path("evaluationDate").asText()).isEqualTo("2021-03-10");
        assertThat(stored.path("document").path("tumors").get(0).path("tumorId").asText()).isEqualTo("T1");
        assertThat(jdbc.queryForObject("select referral_source from app.clinical_case where id = ?::uuid", String.class, caseId))
                .isEqualTo("REGISTRY_IMPORT");
    }

    @Test
    void aDeathEndsTheImportedCasesFollowUp() {
        ResponseEntity<JsonNode> created = post(dataManager(), "/api/registry/cases", pastHccCaseDeceased(uniquePseudonym("IMP")));

        assertThat(created.getStatusCode()).as("answer %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseId = created.getBody().path("caseId").asText();
        assertThat(get(dataManager(), "/api/registry/cases/" + caseId).getBody().path("stage").asText()).isEqualTo("END_OF_FOLLOW_UP");
        assertThat(jdbc.queryForObject("select count(*) from app.end_of_follow_up where case_id = ?::uuid and reason = 'DEATH'",
                Long.class, caseId)).isEqualTo(1L);
    }

    @Test
    void clinicallyInvalidCoreOrFollowUpIsA422NamingEachFieldAndStoresNothing() {
        ObjectNode doc = pastHccCase(uniquePseudonym("IMP"));
        ((ObjectNode) doc.path("tumors").get(0)).remove("organ");
        ObjectNode session = (ObjectNode) doc.path("followUp").path("procedures").get(0);
        ((ArrayNode) session.path("tumorIds")).removeAll().add("T9");
        session.put("dischargeDate", "2021-03-30");
        ((ObjectNode) doc.path("followUp").path("vitalStatus")).put("status", "DEAD");
        Map<String, Long> before = counts();

        ResponseEntity<JsonNode> answer = post(dataManager(), "/api/registry/cases", doc);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(fields(answer.getBody())).contains("tumors[0].organ", "followUp.procedures[0].tumorIds[0]",
                "followUp.procedures[0].dischargeDate", "followUp.vitalStatus.deathDate", "followUp.vitalStatus.causeOfDeath");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void unreadableFollowUpIsA400NamingThePath() {
        ObjectNode doc = pastHccCase(uniquePseudonym("IMP"));
        ((ObjectNode) doc.path("followUp").path("procedures").get(0)).put("energyJoules", 12);
        Map<String, Long> before = counts();

        ResponseEntity<JsonNode> answer = post(dataManager(), "/api/registry/cases", doc);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer.getBody())).contains("followUp.procedures[0].energyJoules");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void onlyDataManagersImport() {
        ResponseEntity<JsonNode> answer = post(rest.withBasicAuth("physician", "demo"), "/api/registry/cases",
                pastHccCase(uniquePseudonym("IMP")));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aJsonBatchImportsTheValidRowsAndRejectsTheOthersWholly() {
        ArrayNode batch = JsonNodeFactory.instance.arrayNode();
        batch.add(pastHccCase(uniquePseudonym("BAT")));
        ObjectNode invalidCore = pastHccCase(uniquePseudonym("BAT"));
        ((ObjectNode) invalidCore.path("labs")).put("inr", 42);
        batch.add(invalidCore);
        // valid case document, but its follow-up names a tumour the case does not have: the whole row is rejected
        ObjectNode partlyInvalid = pastHccCase(uniquePseudonym("BAT"));
        ((ObjectNode) partlyInvalid.path("followUp").path("imaging").get(0).path("assessments").get(0)).put("tumorId", "T7");
        batch.add(partlyInvalid);
        batch.add(pastHccCaseDeceased(uniquePseudonym("BAT")));
        Map<String, Long> before = counts();

        ResponseEntity<JsonNode> answer = post(dataManager(), "/api/registry/imports", batch);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode rows = answer.getBody().path("rows");
        assertThat(answer.getBody().path("imported").asInt()).isEqualTo(2);
        assertThat(answer.getBody().path("rejected").asInt()).isEqualTo(2);
        assertThat(rows.get(0).path("status").asText()).isEqualTo("IMPORTED");
        assertThat(rows.get(0).path("caseId").asText()).isNotBlank();
        assertThat(rows.get(1).path("status").asText()).isEqualTo("REJECTED");
        assertThat(fields(rows.get(1))).contains("labs.inr");
        assertThat(rows.get(2).path("status").asText()).isEqualTo("REJECTED");
        assertThat(fields(rows.get(2))).containsExactly("followUp.imaging[0].assessments[0].tumorId");
        assertThat(rows.get(3).path("status").asText()).isEqualTo("IMPORTED");
        Map<String, Long> after = counts();
        assertThat(after.get("app.clinical_case") - before.get("app.clinical_case")).as("cases of the two valid rows").isEqualTo(2);
        assertThat(after.get("app.patient") - before.get("app.patient")).isEqualTo(2);
        assertThat(after.get("app.registry_case") - before.get("app.registry_case")).isEqualTo(2);
    }

    @Test
    void aCsvBatchUsesTheFlatLayout() {
        String ok = uniquePseudonym("CSV");
        String bad = uniquePseudonym("CSV");
        String csv = String.join(",", List.of("patient.patientId", "patient.sex", "patient.birthDate", "patient.ecog",
                "patient.cardiacDevice", "patient.anticoagulation", "patient.antiplatelet", "patient.activeInfection",
                "patient.canCooperate", "patient.majorOrganFailure", "patient.cirrhosis", "patient.ascites",
                "patient.encephalopathyGrade", "patient.fitForSurgery", "labs.collectedDate", "labs.plateletsE9L", "labs.inr",
                "labs.bilirubinUmolL", "labs.albuminGL", "disease.extrahepaticDisease", "disease.macrovascularInvasion",
                "disease.diffuseInfiltrative", "tumors[0].tumorId", "tumors[0].organ", "tumors[0].histology",
                "tumors[0].diagnosisBasis", "tumors[0].liradsCategory", "tumors[0].maxDiameterMm", "dates.referralDate",
                "dates.imagingDate", "dates.mdtDate", "followUp.procedures[0].procedureId", "followUp.procedures[0].date",
                "followUp.procedures[0].modality", "followUp.procedures[0].intentType", "followUp.procedures[0].tumorIds[]",
                "followUp.procedures[0].technicalSuccess", "followUp.vitalStatus.status", "followUp.vitalStatus.lastContactDate"))
                + "\r\n" + ok + ",M,1958-03-14,0,NONE,NONE,NONE,false,true,false,true,NONE,0,BORDERLINE,2021-02-20,180,1.1,18,40,"
                + "false,NONE,false,T1,LIVER,HCC,IMAGING_LIRADS,LR-5,24,2021-03-01,2021-02-15,2021-03-10,P1,2021-04-01,RFA,INITIAL,T1,"
                + "true,ALIVE,2024-01-10\r\n"
                + bad + ",M,1958-03-14,0,NONE,NONE,NONE,false,true,false,true,NONE,0,BORDERLINE,2021-02-20,180,1.1,18,40,"
                + "false,NONE,false,T1,LIVER,HCC,IMAGING_LIRADS,LR-5,24,2021-03-01,2021-02-15,2021-03-10,P1,2021-04-01,RFA,INITIAL,T1,"
                + "maybe,ALIVE,2024-01-10\r\n";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));

        ResponseEntity<JsonNode> answer = dataManager().exchange("/api/registry/imports", HttpMethod.POST,
                new HttpEntity<>(csv, headers), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode rows = answer.getBody().path("rows");
        assertThat(rows.get(0).path("status").asText()).as("row %s", rows.get(0)).isEqualTo("IMPORTED");
        assertThat(rows.get(0).path("patientId").asText()).isEqualTo(ok);
        assertThat(rows.get(1).path("status").asText()).isEqualTo("REJECTED");
        assertThat(fields(rows.get(1))).contains("followUp.procedures[0].technicalSuccess");
        assertThat(jdbc.queryForObject("select count(*) from app.patient where pseudonym = ?", Long.class, bad)).isZero();
    }

    @Test
    void aCsvHeaderThatIsNoFieldPathRejectsTheFile() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        ResponseEntity<JsonNode> answer = dataManager().exchange("/api/registry/imports", HttpMethod.POST,
                new HttpEntity<>("patient.patientId,patient sex\r\nX,M\r\n", headers), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(fields(answer.getBody())).containsExactly("header[2]");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
