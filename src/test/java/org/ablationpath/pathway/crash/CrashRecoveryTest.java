package org.ablationpath.pathway.crash;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's fault test: the application is killed with SIGKILL while physicians submit referrals and while the
 * referrals' board-review timers fall due (TMR-02 set to -1 days: due yesterday, so each fires as soon as its case exists), then
 * started again on the same database. Every referral that was answered 201 is there with its pathway; no case is
 * without its pathway or has two; no pathway is without its case; every due timer fires after the restart and none
 * fires twice (one TMR-02 deviation per case). Waits are bounded; nothing here asserts speed.
 */
class CrashRecoveryTest {

    private static final Duration BOUND = Duration.ofMinutes(4);
    /**
     * Jobs the killed node had locked wait for their lock to expire (Camunda's default is 5 minutes, longer than
     * this test waits): the nodes here lock for 15 s.
     */
    private static final String LOCK_TIME = "--camunda.bpm.job-execution.lock-time-in-millis=15000";
    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

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
    void aKilledNodeLosesNoAnsweredReferralAndFiresEveryDueTimerOnceAfterRestart() throws Exception {
        node = ApplicationNode.start(jdbcUrl(), "crash-node-1", "--ablationpath.pathway.referral-to-mdt-days=-1", LOCK_TIME);
        Set<String> answered = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService physicians = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 4; i++) {
            physicians.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    refer(http, "CRASH-" + sent.incrementAndGet()).ifPresent(answered::add);
                }
                return null;
            });
        }
        waitUntil(() -> answered.size() >= 12);
        node.kill();
        physicians.shutdownNow();
        physicians.awaitTermination(30, TimeUnit.SECONDS);
        int answeredBeforeKill = answered.size();

        node = ApplicationNode.start(jdbcUrl(), "crash-node-2", "--ablationpath.pathway.referral-to-mdt-days=-1", LOCK_TIME);
        waitUntil(() -> count("select count(*) from public.act_ru_job where duedate_ <= now() and retries_ > 0"
                + " and suspension_state_ = 1") == 0);

        assertThat(answeredBeforeKill).isGreaterThanOrEqualTo(12);
        for (String caseId : answered) {
            assertThat(count("select count(*) from app.clinical_case where id = '" + caseId + "'"))
                    .as("answered referral %s is stored", caseId).isEqualTo(1);
        }
        assertThat(list("select c.id::text from app.clinical_case c where (select count(*) from public.act_hi_procinst p"
                + " where p.proc_def_key_ = 'ablation-pathway' and p.business_key_ = c.id::text) <> 1"))
                .as("cases without exactly one pathway").isEmpty();
        assertThat(list("select p.business_key_ from public.act_hi_procinst p where p.proc_def_key_ = 'ablation-pathway'"
                + " and not exists (select 1 from app.clinical_case c where c.id::text = p.business_key_)"))
                .as("pathways without a case").isEmpty();
        assertThat(list("select c.id::text from app.clinical_case c join app.patient p on p.id = c.patient_id"
                + " where p.pseudonym like 'CRASH-%' and (select count(*) from app.pathway_deviation d"
                + " where d.case_id = c.id and d.code = 'BOARD_REVIEW_OVERDUE') <> 1"))
                .as("crash cases without exactly one TMR-02 deviation").isEmpty();
        assertThat(count("select count(*) from public.act_ru_incident")).as("incidents").isZero();
    }

    /** One referral as the demo physician; the case id when answered 201, empty when refused or cut off. */
    private static java.util.Optional<String> refer(HttpClient http, String pseudonym) {
        LocalDate today = LocalDate.now();
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
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.uri("/api/referrals"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "physician:demo".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = CASE_ID.matcher(response.body());
            return response.statusCode() == 201 && id.find() ? java.util.Optional.of(id.group(1)) : java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        } catch (Exception cutOff) {
            return java.util.Optional.empty();
        }
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

    private static List<String> list(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }
}
