package org.ablationpath.pathway.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ablationpath.procedure.ProcedureForms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's fault test during a procedure record (STG-06): cases are brought to the procedure-record task through the
 * REST API, radiologists submit their records at the same time, and the application is killed with SIGKILL midway,
 * then started again on the same database. A record answered 204 is stored once, its task is done and the process
 * waits at observation and discharge; a record cut off is either all there (same checks) or not at all (no session,
 * no applications, the task still open); no incident. Waits are bounded; nothing here asserts speed.
 */
class ProcedureRecordCrashTest {

    private static final Duration BOUND = Duration.ofMinutes(4);
    private static final int CASES = 10;
    private static final String LOCK_TIME = "--camunda.bpm.job-execution.lock-time-in-millis=15000";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgres postgres;
    private static ApplicationNode node;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.kill();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aKilledNodeKeepsEveryAnsweredProcedureRecordOnceAndNoHalfRecord() throws Exception {
        node = ApplicationNode.start(jdbcUrl(), "procedure-crash-node-1", LOCK_TIME);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // the demo users are loaded just after the login page answers
        waitUntil(() -> http.send(authorized(HttpRequest.newBuilder(node.uri("/api/tasks")), "physician").GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        LocalDate today = LocalDate.now();
        ConcurrentLinkedQueue<String[]> waiting = new ConcurrentLinkedQueue<>();
        List<String> prepared = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String caseId = refer(http, "PROCRASH-" + i + "-" + System.nanoTime(), today);
            complete(http, "board", task(http, caseId, "board-review"), JSON.readTree("""
                    {"decisionCode":"ABLATION","intent":"CURATIVE","rationale":"Single HCC 21 mm, Child-Pugh A."}"""));
            complete(http, "nurse", task(http, caseId, "pre-procedure-checklist"), ProcedureForms.checklist(today, today));
            waiting.add(new String[] {caseId, task(http, caseId, "procedure-record")});
            prepared.add(caseId);
        }

        Set<String> answered = ConcurrentHashMap.newKeySet();
        ExecutorService radiologists = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            radiologists.submit(() -> {
                for (String[] next = waiting.poll(); next != null && !Thread.currentThread().isInterrupted(); next = waiting.poll()) {
                    try {
                        if (post(http, "radiologist", "/api/tasks/" + next[1] + "/complete",
                                ProcedureForms.procedureRecord(today, "T1")).statusCode() == 204) {
                            answered.add(next[0]);
                        }
                    } catch (Exception cutOff) {
                        // unanswered: the node was killed under it
                    }
                }
                return null;
            });
        }
        waitUntil(() -> answered.size() >= 3);
        node.kill();
        radiologists.shutdownNow();
        radiologists.awaitTermination(30, TimeUnit.SECONDS);

        node = ApplicationNode.start(jdbcUrl(), "procedure-crash-node-2", LOCK_TIME);
        waitUntil(() -> count("select count(*) from public.act_ru_job where duedate_ <= now() and retries_ > 0"
                + " and suspension_state_ = 1") == 0);

        assertThat(answered.size()).isGreaterThanOrEqualTo(3);
        for (String caseId : prepared) {
            long sessions = count("select count(*) from app.procedure_session where case_id = '" + caseId + "'");
            long applications = count("select count(*) from app.ablation_application where case_id = '" + caseId + "'");
            long recordTasks = openTasks(caseId, "Activity_RecordProcedure");
            long dischargeTasks = openTasks(caseId, "Activity_ObserveAndDischarge");
            if (answered.contains(caseId)) {
                assertThat(sessions).as("answered record of %s stored once", caseId).isEqualTo(1);
            }
            assertThat(sessions).as("sessions of %s", caseId).isBetween(0L, 1L);
            if (sessions == 1) {
                assertThat(applications).as("applications of recorded %s", caseId).isEqualTo(1);
                assertThat(recordTasks).as("record task of recorded %s", caseId).isZero();
                assertThat(dischargeTasks).as("discharge task of recorded %s", caseId).isEqualTo(1);
            } else {
                assertThat(applications).as("applications of unrecorded %s", caseId).isZero();
                assertThat(recordTasks).as("record task of unrecorded %s", caseId).isEqualTo(1);
                assertThat(dischargeTasks).as("discharge task of unrecorded %s", caseId).isZero();
            }
        }
        assertThat(count("select count(*) from public.act_ru_incident")).as("incidents").isZero();
    }

    private static long openTasks(String caseId, String taskDefinitionKey) throws Exception {
        return count("select count(*) from public.act_ru_task t join public.act_hi_procinst p on p.id_ = t.proc_inst_id_"
                + " where p.business_key_ = '" + caseId + "' and t.task_def_key_ = '" + taskDefinitionKey + "'");
    }

    private static String refer(HttpClient http, String pseudonym, LocalDate today) throws Exception {
        String body = """
                {"referral": {"source": "INTERNAL", "urgency": "ROUTINE", "question": "Single HCC, ablation candidate?"},
                 "patient": {"patientId": "%s", "sex": "M", "birthDate": "1958-03-14", "ecog": 0, "cardiacDevice": "NONE",
                             "anticoagulation": "NONE", "antiplatelet": "NONE", "activeInfection": false, "canCooperate": true,
                             "majorOrganFailure": false, "cirrhosis": true, "ascites": "NONE", "encephalopathyGrade": 0},
                 "labs": {"collectedDate": "%s", "plateletsE9L": 160, "inr": 1.1, "bilirubinUmolL": 18, "albuminGL": 40},
                 "disease": {"extrahepaticDisease": false, "macrovascularInvasion": "NONE"},
                 "tumors": [{"tumorId": "T1", "organ": "LIVER", "histology": "HCC", "diagnosisBasis": "BIOPSY", "maxDiameterMm": 21}],
                 "dates": {"referralDate": "%s", "imagingDate": "%s"}}
                """.formatted(pseudonym, today.minusDays(1), today, today.minusDays(5));
        HttpResponse<String> created = post(http, "physician", "/api/referrals", JSON.readTree(body));
        assertThat(created.statusCode()).as("referral: %s", created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("caseId").asText();
    }

    private static String task(HttpClient http, String caseId, String formKey) throws Exception {
        HttpResponse<String> kase = http.send(authorized(HttpRequest.newBuilder(node.uri("/api/cases/" + caseId)), "nurse")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode task : JSON.readTree(kase.body()).path("openTasks")) {
            if (formKey.equals(task.path("formKey").asText())) {
                return task.path("id").asText();
            }
        }
        throw new AssertionError("no open " + formKey + " task of case " + caseId + ": " + kase.body());
    }

    private static void complete(HttpClient http, String user, String taskId, JsonNode form) throws Exception {
        HttpResponse<String> done = post(http, user, "/api/tasks/" + taskId + "/complete", form);
        assertThat(done.statusCode()).as("%s completing %s: %s", user, taskId, done.body()).isEqualTo(204);
    }

    private static HttpResponse<String> post(HttpClient http, String user, String path, JsonNode body) throws Exception {
        return http.send(authorized(HttpRequest.newBuilder(node.uri(path)), user).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String user) {
        return request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Condition condition) throws Exception {
        Instant limit = Instant.now().plus(BOUND);
        while (!condition.holds()) {
            if (Instant.now().isAfter(limit)) {
                throw new AssertionError("Not reached within " + BOUND);
            }
            Thread.sleep(200);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }
}
