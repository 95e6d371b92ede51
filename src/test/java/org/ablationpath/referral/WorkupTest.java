package org.ablationpath.referral;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.lowPlateletsCase;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.TestCases;
import org.ablationpath.eligibility.CaseDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The work-up task (STG-02) through {@code /api/tasks/{id}}: the case's data revised, validated as a referral is. */
@AblationPathTest
class WorkupTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseDirectory cases;
    @Autowired
    Clock clock;

    private TestRestTemplate physician() {
        return rest.withBasicAuth("physician", "demo");
    }

    @Test
    void theTaskDescribesTheDocumentAndTheNote() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("WU-FORM")));
        JsonNode described = get(physician(), "/api/tasks/" + workupTask(caseId)).getBody();

        JsonNode document = field(described.path("formFields"), "document");
        assertThat(document.path("type").asText()).isEqualTo("object");
        assertThat(document.path("required").asBoolean()).isTrue();
        assertThat(field(field(document.path("fields"), "labs").path("fields"), "inr").path("type").asText()).isEqualTo("number");
        assertThat(field(document.path("fields"), "tumors").path("type").asText()).isEqualTo("array");
        assertThat(field(described.path("formFields"), "note").path("maxLength").asInt()).isEqualTo(2000);
    }

    @Test
    void newLabsAndMeasurementsAreStoredKeepingTheEarlierPanel() {
        ObjectNode document = hccCase(uniquePseudonym("WU-OK"));
        UUID caseId = TestCases.refer(rest, document);
        LocalDate today = LocalDate.now(clock);
        ObjectNode revised = document.deepCopy();
        ((ObjectNode) revised.path("labs")).put("collectedDate", today.minusDays(1).toString()).put("plateletsE9L", 95);
        ((ObjectNode) revised.path("tumors").get(0)).put("maxDiameterMm", 26);

        ResponseEntity<JsonNode> completed = post(physician(), "/api/tasks/" + workupTask(caseId) + "/complete",
                Map.of("document", revised, "note", "Repeat labs and CT measurement."));

        assertThat(completed.getStatusCode()).as("answer %s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        CaseDocument stored = cases.caseDocument(caseId, today);
        assertThat(stored.labs().plateletsE9L().value()).isEqualByComparingTo("95");
        assertThat(stored.labs().collectedDate()).isEqualTo(today.minusDays(1).toString());
        assertThat(stored.labs().inr()).isEqualByComparingTo("1.1");
        assertThat(stored.tumors()).hasSize(1);
        assertThat(stored.tumors().get(0).maxDiameterMm().value()).isEqualByComparingTo("26");
        assertThat(stored.tumors().get(0).segment()).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from app.lab_panel where case_id = ?", Integer.class, caseId))
                .as("the referral's panel is kept beside the new one").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from app.lesion_aud a join app.lesion l on l.id = a.id where l.case_id = ?",
                Integer.class, caseId)).as("the tumour's measurement is a new version").isEqualTo(2);
        assertThat(jdbc.queryForObject("select revision_note from app.clinical_case where id = ?", String.class, caseId))
                .isEqualTo("Repeat labs and CT measurement.");
    }

    @Test
    void aTumourLeftOutIsVoidedNotDeleted() {
        ObjectNode document = lowPlateletsCase(uniquePseudonym("WU-DROP"));
        UUID caseId = TestCases.refer(rest, document);
        ObjectNode revised = document.deepCopy();
        ((ArrayNode) revised.path("tumors")).remove(1);

        assertThat(post(physician(), "/api/tasks/" + workupTask(caseId) + "/complete",
                Map.of("document", revised, "note", "T2 is a haemangioma on MRI.")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(cases.caseDocument(caseId, LocalDate.now(clock)).tumors()).extracting(t -> t.tumorId()).containsExactly("T1");
        assertThat(jdbc.queryForMap("select void_reason, voided_by from app.lesion where case_id = ? and tumor_key = 'T2'", caseId))
                .containsEntry("voided_by", "physician")
                .satisfies(row -> assertThat((String) row.get("void_reason")).contains("haemangioma"));
    }

    @Test
    void anInvalidDocumentIsRefusedNamingItsFieldsAndChangesNothing() {
        ObjectNode document = hccCase(uniquePseudonym("WU-BAD"));
        UUID caseId = TestCases.refer(rest, document);
        String taskId = workupTask(caseId);
        LocalDate today = LocalDate.now(clock);
        CaseDocument before = cases.caseDocument(caseId, today);

        ObjectNode noInr = document.deepCopy();
        ((ObjectNode) noInr.path("labs")).remove("inr");
        ((ObjectNode) noInr.path("labs")).put("plateletsE9L", 95);
        assertThat(refused(taskId, Map.of("document", noInr))).contains("document.labs.inr");

        ObjectNode otherIdentity = document.deepCopy();
        ((ObjectNode) otherIdentity.path("patient")).put("sex", "F").put("birthDate", "1960-01-01").put("patientId", "SOMEONE-ELSE");
        ((ObjectNode) otherIdentity.path("labs")).put("plateletsE9L", 95);
        assertThat(refused(taskId, Map.of("document", otherIdentity)))
                .containsExactlyInAnyOrder("document.patient.sex", "document.patient.birthDate", "document.patient.patientId");

        ObjectNode olderLabs = document.deepCopy();
        ((ObjectNode) olderLabs.path("labs")).put("collectedDate", today.minusDays(20).toString()).put("plateletsE9L", 95);
        assertThat(refused(taskId, Map.of("document", olderLabs))).containsExactly("document.labs.collectedDate");

        ObjectNode otherReferralDate = document.deepCopy();
        ((ObjectNode) otherReferralDate.path("dates")).put("referralDate", today.minusDays(3).toString());
        assertThat(refused(taskId, Map.of("document", otherReferralDate))).containsExactly("document.dates.referralDate");

        assertThat(refused(taskId, Map.of("note", "nothing else"))).containsExactly("document");

        assertThat(cases.caseDocument(caseId, today)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from app.lab_panel where case_id = ?", Integer.class, caseId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from app.clinical_case_aud where id = ? and revision_note is not null",
                Integer.class, caseId)).as("no work-up revision of the case").isZero();
    }

    private String workupTask(UUID caseId) {
        return FormTasks.openTask(engine, caseId, "C01", "workup", "REFERRING_PHYSICIAN");
    }

    private List<String> refused(String taskId, Map<String, Object> form) {
        ResponseEntity<JsonNode> answer = post(physician(), "/api/tasks/" + taskId + "/complete", form);
        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return StreamSupport.stream(answer.getBody().path("errors").spliterator(), false).map(e -> e.path("field").asText()).toList();
    }

    private static JsonNode field(JsonNode fields, String name) {
        return StreamSupport.stream(fields.spliterator(), false)
                .filter(f -> name.equals(f.path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + fields));
    }
}
