package org.ablationpath.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The alert endpoints: inbox, acknowledgement (400 naming note, 409 on a stale version), a case's alerts, statistics. */
@AblationPathTest
class AlertApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Alerts alerts;
    @Autowired
    Clock clock;

    @Test
    void thePhysicianReadsAndAcknowledgesAnAlertOfTheirInbox() {
        UUID caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("ALERT-API")));
        Alert alert = alerts.raise(AlertDrafts.draft(caseId, "ALR-03", AlertPriority.P2_URGENT, AlertDrafts.newCause(), clock.instant(),
                "REFERRING_PHYSICIAN")).alert();
        TestRestTemplate physician = rest.withBasicAuth("physician", "demo");

        JsonNode inbox = TestCases.get(physician, "/api/alerts").getBody();
        assertThat(inbox.findValuesAsText("id")).contains(alert.id().toString());
        assertThat(TestCases.get(rest.withBasicAuth("nurse2", "demo"), "/api/alerts").getBody().findValuesAsText("id"))
                .doesNotContain(alert.id().toString());

        ResponseEntity<JsonNode> blank = TestCases.post(physician, "/api/alerts/" + alert.id() + "/acknowledge",
                Map.of("note", " ", "version", alert.version()));
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blank.getBody().path("errors").get(0).path("field").asText()).isEqualTo("note");

        ResponseEntity<JsonNode> done = TestCases.post(physician, "/api/alerts/" + alert.id() + "/acknowledge",
                Map.of("note", "Seen, CT today.", "version", alert.version()));
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(done.getBody().path("acknowledgedBy").asText()).isEqualTo("physician");

        ResponseEntity<JsonNode> again = TestCases.post(physician, "/api/alerts/" + alert.id() + "/acknowledge",
                Map.of("note", "Seen twice.", "version", alert.version()));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        JsonNode ofCase = TestCases.get(physician, "/api/cases/" + caseId + "/alerts").getBody();
        assertThat(ofCase.get(0).path("acknowledgementNote").asText()).isEqualTo("Seen, CT today.");
        assertThat(TestCases.get(rest.withBasicAuth("nurse2", "demo"), "/api/cases/" + caseId + "/alerts").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> statistics = TestCases.get(rest.withBasicAuth("datamanager", "demo"), "/api/alerts/statistics");
        assertThat(statistics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(statistics.getBody().findValuesAsText("ruleId")).contains("ALR-03");
    }
}
