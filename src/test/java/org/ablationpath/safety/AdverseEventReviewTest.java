package org.ablationpath.safety;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.hccCase;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The "Review the adverse event" task through {@code /api/tasks/{id}}: the task's subject is the adverse event. */
@AblationPathTest
class AdverseEventReviewTest {

    private static final String REVIEW = "adverse-event-review";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Clock clock;

    private TestRestTemplate radiologist() {
        return rest.withBasicAuth("radiologist", "demo");
    }

    @Test
    void theTaskDescribesItsFormAndNamesItsAdverseEvent() {
        Reported reported = reported("Hepatic hemorrhage", 2);
        String taskId = reviewTask(reported);

        JsonNode described = get(radiologist(), "/api/tasks/" + taskId).getBody();

        assertThat(described.path("subjectId").asText()).isEqualTo(reported.eventId().toString());
        JsonNode worst = field(described, "worstGrade");
        assertThat(worst.path("type").asText()).isEqualTo("integer");
        assertThat(worst.path("required").asBoolean()).isTrue();
        assertThat(worst.path("minimum").asInt()).isEqualTo(1);
        assertThat(worst.path("maximum").asInt()).isEqualTo(5);
        assertThat(field(described, "outcome").path("required").asBoolean()).isTrue();
        assertThat(field(described, "outcome").path("allowedValues").toString()).contains("RESOLVED_WITH_SEQUELAE", "FATAL");
        assertThat(field(described, "attribution").path("allowedValues").toString()).contains("UNRELATED", "DEFINITE");
        assertThat(field(described, "expectedSideEffect").path("type").asText()).isEqualTo("boolean");
        assertThat(field(described, "note").path("maxLength").asInt()).isEqualTo(2000);
    }

    @Test
    void aSubjectTheTaskCarriesItselfComesBeforeItsActivitys() {
        Reported reported = reported("Hepatic hemorrhage", 2);
        String taskId = reviewTask(reported);
        String own = UUID.randomUUID().toString();
        engine.getTaskService().setVariableLocal(taskId, "subjectId", own);

        assertThat(get(radiologist(), "/api/tasks/" + taskId).getBody().path("subjectId").asText()).isEqualTo(own);
    }

    @Test
    void invalidReviewsAreRefusedNamingTheirFieldsAndNothingIsStored() {
        Reported reported = reported("Hepatic hemorrhage", 3);
        String taskId = reviewTask(reported);

        assertThat(refused(taskId, Map.of())).containsExactlyInAnyOrder("worstGrade", "outcome");
        assertThat(refused(taskId, Map.of("worstGrade", 2, "outcome", "RESOLVED"))).as("below the grade at onset")
                .containsExactly("worstGrade");
        assertThat(refused(taskId, Map.of("worstGrade", 4, "outcome", "FATAL"))).containsExactly("worstGrade");
        assertThat(refused(taskId, Map.of("worstGrade", 5, "outcome", "ONGOING"))).containsExactly("outcome");
        assertThat(refused(taskId, Map.of("worstGrade", 4, "outcome", "RESOLVED", "attribution", "MAYBE")))
                .containsExactly("attribution");

        assertThat(jdbc.queryForMap("select worst_grade, reviewed_at from app.adverse_event where id = ?", reported.eventId()))
                .containsEntry("worst_grade", null).containsEntry("reviewed_at", null);
    }

    @Test
    void onlyGradesTheTermDefinesAreAccepted() {
        // Flu like symptoms has grades 1-3 only (safety.md 3.2)
        Reported reported = reported("Flu like symptoms", 2);

        assertThat(refused(reviewTask(reported), Map.of("worstGrade", 4, "outcome", "RESOLVED"))).containsExactly("worstGrade");
    }

    @Test
    void aReviewIsStoredShownWithTheCaseAndCannotBeGivenTwice() {
        Reported reported = reported("Hepatic hemorrhage", 3);
        String taskId = reviewTask(reported);

        ResponseEntity<JsonNode> completed = post(radiologist(), "/api/tasks/" + taskId + "/complete",
                Map.of("worstGrade", 4, "attribution", "PROBABLE", "expectedSideEffect", false, "outcome", "RESOLVED",
                        "note", "Embolised on day 2."));

        assertThat(completed.getStatusCode()).as("answer %s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode shown = get(radiologist(), "/api/cases/" + reported.caseId()).getBody().path("sections").path("adverseEvents").get(0);
        assertThat(shown.path("reviewed").asBoolean()).isTrue();
        assertThat(shown.path("worstGrade").asInt()).isEqualTo(4);
        assertThat(shown.path("attribution").asText()).isEqualTo("PROBABLE");
        assertThat(shown.path("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(shown.path("expectedSideEffect").asBoolean()).isFalse();
        assertThat(shown.path("reviewNote").asText()).isEqualTo("Embolised on day 2.");
        assertThat(shown.path("reviewedBy").asText()).isEqualTo("radiologist");
        assertThat(jdbc.queryForObject("select count(*) from app.adverse_event_aud where id = ?", Integer.class, reported.eventId()))
                .as("report and review are two versions").isEqualTo(2);

        // a second review task for the same event (e.g. opened twice) is a conflict
        ResponseEntity<JsonNode> again = post(radiologist(), "/api/tasks/" + reviewTask(reported) + "/complete",
                Map.of("worstGrade", 3, "outcome", "RESOLVED"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(jdbc.queryForObject("select worst_grade from app.adverse_event where id = ?", Integer.class, reported.eventId()))
                .isEqualTo(4);
    }

    private record Reported(UUID caseId, UUID eventId) {
    }

    private Reported reported(String term, int grade) {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("AER")));
        ResponseEntity<JsonNode> created = post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events",
                Map.of("onsetDate", LocalDate.now(clock).minusDays(2).toString(), "ctcaeTerm", term, "gradeAtOnset", grade));
        assertThat(created.getStatusCode()).as("answer %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return new Reported(caseId, UUID.fromString(created.getBody().path("id").asText()));
    }

    private String reviewTask(Reported reported) {
        return FormTasks.openTask(engine, reported.caseId(), "C01", REVIEW, "INTERVENTIONAL_RADIOLOGIST",
                reported.eventId().toString());
    }

    private List<String> refused(String taskId, Map<String, Object> form) {
        ResponseEntity<JsonNode> answer = post(radiologist(), "/api/tasks/" + taskId + "/complete", new HashMap<>(form));
        assertThat(answer.getStatusCode()).as("answer to %s: %s", form, answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return StreamSupport.stream(answer.getBody().path("errors").spliterator(), false).map(e -> e.path("field").asText()).toList();
    }

    private static JsonNode field(JsonNode described, String name) {
        return StreamSupport.stream(described.path("formFields").spliterator(), false)
                .filter(f -> name.equals(f.path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + described.path("formFields")));
    }
}
