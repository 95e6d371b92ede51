package org.ablationpath.identity;

import static org.ablationpath.TestCases.boardTaskOf;
import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.lowPlateletsCase;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.ablationpath.AblationPathTest;
import org.ablationpath.TestCases;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who may use Cockpit and the engine REST API, and that users see only their own centers' cases and tasks. */
@AblationPathTest
class AccessControlTest {

    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    private static final String ENGINE_COUNT = "/engine-rest/process-instance/count";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService taskService;

    @LocalServerPort
    int port;

    private ResponseEntity<String> plainGet(String user, String path) {
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
        return client.exchange(path, HttpMethod.GET, HttpEntity.EMPTY, String.class);
    }

    @Test
    void adminOpensCockpitAndTheEngineRestApi() {
        ResponseEntity<String> cockpit = plainGet("admin", COCKPIT);
        assertThat(cockpit.getStatusCode().value()).isNotIn(401, 403);
        assertThat(cockpit.getStatusCode().is2xxSuccessful()).as("cockpit %s", cockpit.getStatusCode()).isTrue();

        ResponseEntity<JsonNode> count = get(rest.withBasicAuth("admin", "demo"), ENGINE_COUNT);
        assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(count.getBody().path("count").asLong()).isPositive();
    }

    @Test
    void clinicalRolesMayNotUseCockpitOrTheEngineRestApi() {
        for (String user : List.of("board", "physician", "chair", "nurse2")) {
            assertThat(plainGet(user, COCKPIT).getStatusCode()).as("%s on cockpit", user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(plainGet(user, ENGINE_COUNT).getStatusCode()).as("%s on engine-rest", user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void anonymousCallersAreSentToTheLoginPage() throws Exception {
        // java.net.http does not follow redirects by default: we see the answer itself, not the login page behind it
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of(ENGINE_COUNT, COCKPIT)) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as("anonymous %s", path).isIn(302, 401);
            if (answer.statusCode() == 302) {
                assertThat(answer.headers().firstValue("Location")).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                        .endsWith("/login");
            }
            assertThat(answer.body()).doesNotContain("\"count\"");
        }
    }

    @Test
    void aNurseOfAnotherCenterDoesNotFindTheCase() {
        UUID caseOfC01 = TestCases.refer(rest, lowPlateletsCase(uniquePseudonym("ISO")));

        assertThat(get(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseOfC01).getStatusCode())
                .as("nurse of C01").isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> other = get(rest.withBasicAuth("nurse2", "demo"), "/api/cases/" + caseOfC01);
        assertThat(other.getStatusCode()).as("nurse2 of C02").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.getBody().toString()).doesNotContain("ISO-");
    }

    @Test
    void aNurseOfAnotherCenterSeesNoTaskOfCenter1() {
        TestCases.refer(rest, lowPlateletsCase(uniquePseudonym("ISO")));

        JsonNode tasks = get(rest.withBasicAuth("nurse2", "demo"), "/api/tasks?limit=200").getBody();

        assertThat(centers(tasks)).doesNotContain("C01");
    }

    @Test
    void theBoardOfCenter1DoesNotSeeTheBoardReviewOfCenter2() {
        UUID demo101 = jdbc.queryForObject("select c.id from app.clinical_case c join app.patient p on p.id = c.patient_id "
                + "where p.pseudonym = 'DEMO-101' and c.center_id = 'C02'", UUID.class);
        // the C02 review exists and is a TUMOR_BOARD task, so only the center keeps it from the C01 board
        var review = taskService.createTaskQuery().processInstanceBusinessKey(demo101.toString()).active().singleResult();
        assertThat(review).isNotNull();
        assertThat(review.getTenantId()).isEqualTo("C02");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).taskCandidateGroup("TUMOR_BOARD").count()).isOne();

        for (String user : List.of("board", "chair")) {
            JsonNode tasks = get(rest.withBasicAuth(user, "demo"), "/api/tasks?limit=200").getBody();
            assertThat(ids(tasks)).as("%s's tasks", user).isNotEmpty().doesNotContain(review.getId());
            assertThat(centers(tasks)).as("%s's task centers", user).containsOnly("C01");
            assertThat(get(rest.withBasicAuth(user, "demo"), "/api/tasks/" + review.getId()).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(get(rest.withBasicAuth(user, "demo"), "/api/cases/" + demo101).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void aUserOfAnotherCenterCannotCompleteATaskOfCenter1() {
        UUID caseOfC01 = TestCases.refer(rest, lowPlateletsCase(uniquePseudonym("ISO")));
        String taskId = boardTaskOf(rest, caseOfC01);
        Map<String, String> decision = Map.of("decisionCode", "SYSTEMIC", "intent", "PALLIATIVE", "rationale", "Not mine to decide.");

        ResponseEntity<JsonNode> byNurse2 = post(rest.withBasicAuth("nurse2", "demo"), "/api/tasks/" + taskId + "/complete", decision);
        ResponseEntity<JsonNode> byNurse = post(rest.withBasicAuth("nurse", "demo"), "/api/tasks/" + taskId + "/complete", decision);

        assertThat(byNurse2.getStatusCode()).as("nurse2 of C02").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(byNurse.getStatusCode()).as("nurse of C01, not on the board").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select count(*) from app.board_decision where task_id = ?", Integer.class, taskId)).isZero();
        assertThat(taskService.createTaskQuery().taskId(taskId).active().count()).isOne();
    }

    private static List<String> ids(JsonNode tasks) {
        return StreamSupport.stream(tasks.spliterator(), false).map(t -> t.path("id").asText()).toList();
    }

    private static List<String> centers(JsonNode tasks) {
        return StreamSupport.stream(tasks.spliterator(), false).map(t -> t.path("centerId").asText()).distinct().toList();
    }
}
