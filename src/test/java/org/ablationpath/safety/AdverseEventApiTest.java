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
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Reporting and reading adverse events through {@code /api/cases/{caseId}/adverse-events}, center-scoped. */
@AblationPathTest
@RecordApplicationEvents
class AdverseEventApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    AdverseEvents adverseEvents;
    @Autowired
    ApplicationEvents published;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private TestRestTemplate nurse() {
        return rest.withBasicAuth("nurse", "demo");
    }

    private Map<String, Object> report(String term, int grade, LocalDate onset) {
        Map<String, Object> body = new HashMap<>();
        body.put("onsetDate", onset.toString());
        body.put("ctcaeTerm", term);
        body.put("gradeAtOnset", grade);
        body.put("description", "Haemoglobin fell 25 g/L on day 1; perihepatic haematoma on ultrasound.");
        return body;
    }

    @Test
    void aReportIsStoredWithItsCtcaeCodeAndLocationAndShownWithTheCase() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("AE")));
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);

        ResponseEntity<JsonNode> created = post(nurse(), "/api/cases/" + caseId + "/adverse-events",
                report("hepatic hemorrhage", 3, yesterday));

        assertThat(created.getStatusCode()).as("answer %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode event = created.getBody();
        String id = event.path("id").asText();
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/cases/" + caseId + "/adverse-events/" + id);
        assertThat(event.path("ctcaeTerm").asText()).isEqualTo("Hepatic hemorrhage");
        assertThat(event.path("ctcaeTermCode").asText()).isEqualTo("10019678");
        assertThat(event.path("ctcaeVersion").asText()).isEqualTo("6.0");
        assertThat(event.path("gradeAtOnset").asInt()).isEqualTo(3);
        assertThat(event.path("onsetDate").asText()).isEqualTo(yesterday.toString());
        assertThat(event.path("reportedBy").asText()).isEqualTo("nurse");
        assertThat(event.path("centerId").asText()).isEqualTo("C01");
        assertThat(event.path("reviewed").asBoolean()).isFalse();

        JsonNode listed = get(nurse(), "/api/cases/" + caseId + "/adverse-events").getBody();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asText()).isEqualTo(id);
        assertThat(get(nurse(), created.getHeaders().getLocation().getPath()).getBody().path("ctcaeTerm").asText())
                .isEqualTo("Hepatic hemorrhage");
        JsonNode section = get(rest.withBasicAuth("radiologist", "demo"), "/api/cases/" + caseId).getBody()
                .path("sections").path("adverseEvents");
        assertThat(section.get(0).path("id").asText()).isEqualTo(id);
        assertThat(section.get(0).path("reviewed").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from app.access_log where case_id = ? and action = 'VIEW_ADVERSE_EVENTS'",
                Integer.class, caseId)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aTermNotListedIsKeptAsFreeTextWithoutCode() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("AE-FREE")));

        ResponseEntity<JsonNode> created = post(rest.withBasicAuth("physician", "demo"), "/api/cases/" + caseId + "/adverse-events",
                report("Diaphragmatic irritation", 1, LocalDate.now(clock)));

        assertThat(created.getStatusCode()).as("answer %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("ctcaeTerm").asText()).isEqualTo("Diaphragmatic irritation");
        assertThat(created.getBody().has("ctcaeTermCode")).isFalse();
    }

    @Test
    void invalidReportsAreRefusedNamingTheirFieldsAndNothingIsStored() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("AE-BAD")));
        String path = "/api/cases/" + caseId + "/adverse-events";
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> unknownSession = report("Fever", 1, today);
        unknownSession.put("procedureSessionId", UUID.randomUUID().toString());
        Map<String, Object> unknownField = report("Fever", 1, today);
        unknownField.put("severity", "bad");

        assertThat(refused(path, Map.of())).containsExactlyInAnyOrder("onsetDate", "ctcaeTerm", "gradeAtOnset");
        assertThat(refused(path, report("Fever", 1, today.plusDays(1)))).containsExactly("onsetDate");
        assertThat(refused(path, report("Sepsis", 1, today))).as("Sepsis has no grade 1").containsExactly("gradeAtOnset");
        assertThat(refused(path, report("Fever", 6, today))).containsExactly("gradeAtOnset");
        assertThat(refused(path, report("x".repeat(201), 2, today))).containsExactly("ctcaeTerm");
        assertThat(refused(path, unknownSession)).containsExactly("procedureSessionId");
        assertThat(refused(path, unknownField)).containsExactly("severity");

        assertThat(jdbc.queryForObject("select count(*) from app.adverse_event where case_id = ?", Integer.class, caseId)).isZero();
    }

    @Test
    void aCaseOfAnotherCenterIsNotFoundAndNothingIsStored() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("AE-C01")));
        TestRestTemplate otherCenter = rest.withBasicAuth("nurse2", "demo");

        ResponseEntity<JsonNode> reported = post(otherCenter, "/api/cases/" + caseId + "/adverse-events",
                report("Fever", 1, LocalDate.now(clock)));

        assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(otherCenter, "/api/cases/" + caseId + "/adverse-events").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("select count(*) from app.adverse_event where case_id = ?", Integer.class, caseId)).isZero();
    }

    @Test
    void boardMembersMayReadButNotReport() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("AE-ROLE")));
        TestRestTemplate board = rest.withBasicAuth("board", "demo");

        assertThat(post(board, "/api/cases/" + caseId + "/adverse-events", report("Fever", 1, LocalDate.now(clock)))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(board, "/api/cases/" + caseId + "/adverse-events").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theReportPublishesAdverseEventReportedForTheStoredEvent() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("AE-EVT")));
        MockedScreens.signIn("nurse", "C01", "NURSE");

        AdverseEvent event = adverseEvents.report(caseId,
                new AdverseEventReport(null, LocalDate.now(clock), "Pneumothorax", 2, "Chest tube placed."));

        assertThat(published.stream(AdverseEventReported.class))
                .containsExactly(new AdverseEventReported(caseId, "C01", event.id()));
        assertThat(jdbc.queryForObject("select ctcae_term_code from app.adverse_event where id = ?", String.class, event.id()))
                .isEqualTo("10035759");
    }

    private List<String> refused(String path, Map<String, Object> body) {
        ResponseEntity<JsonNode> answer = post(nurse(), path, body);
        assertThat(answer.getStatusCode()).as("answer to %s: %s", body, answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return StreamSupport.stream(answer.getBody().path("errors").spliterator(), false).map(e -> e.path("field").asText()).toList();
    }
}
