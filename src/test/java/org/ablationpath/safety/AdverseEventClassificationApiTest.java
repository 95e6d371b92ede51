package org.ablationpath.safety;

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
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The raw CIRSE facts of a reported adverse event, the classification stored with it, and the alerts it drafts. */
@AblationPathTest
@RecordApplicationEvents
class AdverseEventClassificationApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents published;
    @Autowired
    SafetySettings settings;
    @Autowired
    AdverseEvents adverseEvents;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Map<String, Object> report(LocalDate onset) {
        Map<String, Object> body = new HashMap<>();
        body.put("onsetDate", onset.toString());
        body.put("ctcaeTerm", "Hepatic infection");
        body.put("gradeAtOnset", 3);
        body.put("additionalTherapy", true);
        body.put("additionalHospitalDays", 3);
        body.put("sequelae", "NONE");
        body.put("sir2017Severity", "SEVERE");
        return body;
    }

    @Test
    void aReportWithRawFactsIsClassifiedStoredAndDraftsItsAlerts() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("AE-CLS")));

        ResponseEntity<JsonNode> created = post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events",
                report(LocalDate.now(clock).minusDays(2)));

        assertThat(created.getStatusCode()).as("answer %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode event = created.getBody();
        assertThat(event.path("additionalTherapy").asBoolean()).isTrue();
        assertThat(event.path("sequelae").asText()).isEqualTo("NONE");
        JsonNode c = event.path("classification");
        assertThat(c.path("cirse2017Grade").asInt()).as("classification %s", c).isEqualTo(3);
        assertThat(c.path("sir2003Class").asText()).isEqualTo("D");
        assertThat(c.path("majorComplication").asBoolean()).isTrue();
        assertThat(c.path("serious").asBoolean()).isTrue();
        assertThat(event.path("safetyRulesVersion").asText()).startsWith("sha256:");
        assertThat(jdbc.queryForObject("select cirse2017_grade from app.adverse_event where id = ?", Integer.class,
                UUID.fromString(event.path("id").asText()))).isEqualTo(3);

        // the drafts reach the alert store: the case shows them, the referring physician's inbox holds the P2 alert
        JsonNode alerts = rest.withBasicAuth("physician", "demo").getForEntity("/api/cases/" + caseId + "/alerts", JsonNode.class)
                .getBody();
        assertThat(alerts.toString()).as("alerts %s", alerts).contains("ALR-03").contains("ALR-06");
        JsonNode inbox = rest.withBasicAuth("physician", "demo").getForEntity("/api/alerts", JsonNode.class).getBody();
        assertThat(inbox.toString()).contains("AE:" + event.path("id").asText());

    }

    @Test
    void theClassifiedReportDraftsItsAlertsWithRolesAndDeadlines() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("AE-ALR")));
        MockedScreens.signIn("nurse", "C01", "NURSE");

        AdverseEvent event = adverseEvents.report(caseId, new AdverseEventReport(null, LocalDate.now(clock), "Hepatic infection", 3,
                null, null, null, true, 3, null, Sequelae.NONE, Sir2017Severity.SEVERE));

        assertThat(event.classification().cirse2017Grade()).isEqualTo(3);
        List<AlertsDrafted> drafted = published.stream(AlertsDrafted.class).filter(d -> d.caseId().equals(caseId)).toList();
        assertThat(drafted).hasSize(1);
        List<String> rules = drafted.get(0).drafts().stream().map(d -> d.ruleId() + " " + d.priority()).toList();
        assertThat(rules).containsExactlyInAnyOrder("ALR-03 P2_URGENT", "ALR-06 QI_LOG");
        AlertDraft p2 = drafted.get(0).drafts().stream().filter(d -> d.ruleId().equals("ALR-03")).findFirst().orElseThrow();
        assertThat(p2.causeKey()).isEqualTo("AE:" + event.id());
        assertThat(p2.recipientRoles()).contains("INTERVENTIONAL_RADIOLOGIST", "REFERRING_PHYSICIAN", "NURSE", "DATA_MANAGER");
        assertThat(p2.dueAt()).isEqualTo(p2.raisedAt().plus(settings.acknowledgeWithin().p2Urgent()));
    }

    @Test
    void invalidRawFactsAreRefusedNamingTheField() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("AE-CLS-BAD")));
        Map<String, Object> negative = report(LocalDate.now(clock));
        negative.put("additionalHospitalDays", -1);
        Map<String, Object> unknownValue = report(LocalDate.now(clock));
        unknownValue.put("sequelae", "HUGE");

        for (Map<String, Object> body : List.of(negative, unknownValue)) {
            ResponseEntity<JsonNode> refused = post(rest.withBasicAuth("nurse", "demo"),
                    "/api/cases/" + caseId + "/adverse-events", body);
            assertThat(refused.getStatusCode()).as("answer %s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().toString()).containsAnyOf("additionalHospitalDays", "sequelae");
        }
        assertThat(jdbc.queryForObject("select count(*) from app.adverse_event where case_id = ?", Integer.class, caseId))
                .isZero();
    }
}
