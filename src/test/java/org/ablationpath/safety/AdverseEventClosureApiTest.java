package org.ablationpath.safety;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.ablationpath.AblationPathTest;
import org.ablationpath.CaseWalk;
import org.ablationpath.MovableClock;
import org.ablationpath.TestCases;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * TMR-10 through the pathway and {@code /api/tasks/{id}}: after a session the nurse's "Close the 30-day adverse-event
 * record" task appears on day 30; it is refused while an adverse event with onset in the window (session date to
 * day 30) is not graded, naming it; an event after day 30 does not block; the closure is stored, audited and shown
 * with the case. Past the grace the breach is recorded and the data manager gets the task; voiding ends it.
 */
@AblationPathTest
class AdverseEventClosureApiTest {

    private static final String CLOSURE = "adverse-event-closure";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToNow() {
        clock.reset();
        ClockUtil.reset();
    }

    @Test
    void theNurseClosesTheRecordOnceEveryEventOfTheWindowIsGraded() {
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        LocalDate session = walk.toResponseAssessment(TestCases.uniquePseudonym("AEC"));
        UUID caseId = walk.caseId();
        UUID bleeding = report(caseId, session.plusDays(3), "Hepatic hemorrhage", 2);
        walk.travelTo(session.plusDays(29));
        assertThat(walk.openTask(CLOSURE)).as("not before day 30").isNull();

        walk.travelTo(session.plusDays(30));
        report(caseId, session.plusDays(30), "Fever", 1);
        JsonNode task = walk.openTask(CLOSURE);
        assertThat(task).isNotNull();
        String taskId = task.path("id").asText();
        String sessionId = jdbc.queryForObject("select id::text from app.procedure_session where case_id = ?", String.class, caseId);
        JsonNode described = get(as("nurse"), "/api/tasks/" + taskId).getBody();
        assertThat(described.path("subjectId").asText()).isEqualTo(sessionId);
        assertThat(described.path("formFields").toString()).contains("confirmed");

        assertThat(refused(taskId, Map.of("confirmed", false))).containsExactly("confirmed");
        ResponseEntity<JsonNode> ungraded = post(as("nurse"), "/api/tasks/" + taskId + "/complete", Map.of("confirmed", true));
        assertThat(ungraded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = ungraded.getBody().path("errors").get(0);
        assertThat(problem.path("field").asText()).isEqualTo("confirmed");
        assertThat(problem.path("message").asText())
                .contains("Hepatic hemorrhage (onset " + session.plusDays(3) + ")", "Fever (onset " + session.plusDays(30) + ")");
        assertThat(closures(caseId)).as("nothing stored").isZero();

        review(caseId, bleeding, 2);
        review(caseId, eventId(caseId, "Fever"), 1);
        walk.travelTo(session.plusDays(32));
        report(caseId, session.plusDays(31), "Pain", 2); // day 31: after the window, not graded, does not block

        ResponseEntity<JsonNode> closed = post(as("nurse"), "/api/tasks/" + taskId + "/complete",
                Map.of("confirmed", true, "note", "Phoned the GP as well."));

        assertThat(closed.getStatusCode()).as("answer %s", closed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> row = jdbc.queryForMap("select procedure_session_id::text as session, session_date, window_end,"
                + " adverse_event_count, closed_by, note from app.adverse_event_closure where case_id = ?", caseId);
        assertThat(row).containsEntry("session", sessionId).containsEntry("adverse_event_count", 2)
                .containsEntry("closed_by", "nurse").containsEntry("note", "Phoned the GP as well.");
        assertThat(row.get("session_date").toString()).isEqualTo(session.toString());
        assertThat(row.get("window_end").toString()).isEqualTo(session.plusDays(30).toString());
        assertThat(jdbc.queryForObject("select count(*) from app.adverse_event_closure_aud a join app.adverse_event_closure c"
                + " on c.id = a.id where c.case_id = ?", Integer.class, caseId)).as("audited").isOne();
        JsonNode shown = get(as("nurse"), "/api/cases/" + caseId).getBody().path("sections").path("adverseEventClosures");
        assertThat(shown.get(0).path("adverseEventCount").asInt()).isEqualTo(2);
        assertThat(shown.get(0).path("closedBy").asText()).isEqualTo("nurse");
        assertThat(walk.openTask(CLOSURE)).isNull();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CLOSURE)
                .processInstanceBusinessKey(caseId.toString()).count()).isZero();
    }

    @Test
    void pastTheGraceTheBreachIsRecordedTheDataManagerGetsTheTaskAndVoidingEndsIt() {
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        LocalDate session = walk.toResponseAssessment(TestCases.uniquePseudonym("AECLATE"));
        UUID caseId = walk.caseId();
        walk.travelTo(session.plusDays(37));
        String taskId = walk.openTask(CLOSURE).path("id").asText();
        assertThat(get(as("datamanager"), "/api/tasks/" + taskId).getStatusCode().is2xxSuccessful())
                .as("the nurse's alone within the grace").isFalse();
        assertThat(deviations(caseId)).doesNotContain("AE_CLOSURE_OVERDUE");

        walk.travelTo(session.plusDays(38));

        assertThat(deviations(caseId)).containsOnlyOnce("AE_CLOSURE_OVERDUE");
        assertThat(get(as("datamanager"), "/api/tasks/" + taskId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(walk.openTask(CLOSURE).path("id").asText()).as("still open").isEqualTo(taskId);

        assertThat(post(as("physician"), "/api/cases/" + caseId + "/void", Map.of("reason", "Wrong patient."))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString())
                .count()).as("no closure left behind").isZero();
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
    }

    private UUID report(UUID caseId, LocalDate onset, String term, int grade) {
        ResponseEntity<JsonNode> created = post(as("nurse"), "/api/cases/" + caseId + "/adverse-events",
                Map.of("onsetDate", onset.toString(), "ctcaeTerm", term, "gradeAtOnset", grade));
        assertThat(created.getStatusCode()).as("answer %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return UUID.fromString(created.getBody().path("id").asText());
    }

    private UUID eventId(UUID caseId, String term) {
        return jdbc.queryForObject("select id from app.adverse_event where case_id = ? and ctcae_term = ?", UUID.class, caseId, term);
    }

    /** The radiologist completes the event's review task: it is then graded. */
    private void review(UUID caseId, UUID eventId, int worstGrade) {
        String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId.toString())
                .taskDefinitionKey("Activity_ReviewAdverseEvent").list().stream()
                .filter(t -> eventId.toString().equals(engine.getTaskService().getVariable(t.getId(), "subjectId")))
                .findFirst().orElseThrow().getId();
        ResponseEntity<JsonNode> reviewed = post(as("radiologist"), "/api/tasks/" + taskId + "/complete",
                Map.of("worstGrade", worstGrade, "outcome", "RESOLVED"));
        assertThat(reviewed.getStatusCode()).as("answer %s", reviewed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private List<String> refused(String taskId, Map<String, Object> form) {
        ResponseEntity<JsonNode> answer = post(as("nurse"), "/api/tasks/" + taskId + "/complete", form);
        assertThat(answer.getStatusCode()).as("answer to %s: %s", form, answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return StreamSupport.stream(answer.getBody().path("errors").spliterator(), false).map(e -> e.path("field").asText()).toList();
    }

    private int closures(UUID caseId) {
        return jdbc.queryForObject("select count(*) from app.adverse_event_closure where case_id = ?", Integer.class, caseId);
    }

    private List<String> deviations(UUID caseId) {
        return StreamSupport.stream(get(as("nurse"), "/api/cases/" + caseId).getBody().path("sections").path("deviations")
                .spliterator(), false).map(d -> d.path("code").asText()).toList();
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }
}
