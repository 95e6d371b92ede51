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
import org.ablationpath.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attribution, interventions, hospital stay and outcome of a reported adverse event (outcomes.md 4.13) are stored on
 * the event itself (Flyway V18), feed the classification (interventions: SIR class D), and bad values are answered 400
 * naming the field with nothing stored.
 */
@AblationPathTest
class AdverseEventDetailsApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void theDetailsAreStoredOnTheEventAndFeedTheClassification() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("AED")));
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> body = report(today.minusDays(3));
        body.put("attribution", "PROBABLE");
        body.put("hospitalized", true);
        body.put("admissionDate", today.minusDays(3).toString());
        body.put("dischargeDate", today.minusDays(2).toString());
        body.put("outcome", "RESOLVED");
        body.put("additionalTherapy", true);
        body.put("sequelae", "NONE");
        body.put("interventions", List.of("EMBOLIZATION"));

        ResponseEntity<JsonNode> created = post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events", body);

        assertThat(created.getStatusCode()).as("answer %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode event = created.getBody();
        assertThat(event.path("attribution").asText()).isEqualTo("PROBABLE");
        assertThat(event.path("interventions").toString()).isEqualTo("[\"EMBOLIZATION\"]");
        assertThat(event.path("hospitalized").asBoolean()).isTrue();
        assertThat(event.path("admissionDate").asText()).isEqualTo(today.minusDays(3).toString());
        assertThat(event.path("dischargeDate").asText()).isEqualTo(today.minusDays(2).toString());
        assertThat(event.path("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(event.path("reviewed").asBoolean()).as("reported details are not a review").isFalse();
        // embolization is major therapy: SIR 2003 class D with a one-day stay (classification.drl), so the
        // interventions reached the rules
        assertThat(event.path("classification").path("sir2003Class").asText()).isEqualTo("D");
        UUID id = UUID.fromString(event.path("id").asText());
        assertThat(jdbc.queryForObject("select attribution || ':' || interventions || ':' || hospitalized || ':' || outcome "
                + "from app.adverse_event where id = ?", String.class, id)).isEqualTo("PROBABLE:EMBOLIZATION:true:RESOLVED");
        assertThat(jdbc.queryForObject("select count(*) from app.adverse_event_aud where id = ? and interventions = 'EMBOLIZATION'",
                Integer.class, id)).isOne();
    }

    @Test
    void aPatientStillInHospitalHasAStaySoFarAndIsASeriousAdverseEvent() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("AED")));
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> body = report(today.minusDays(2));
        body.put("ctcaeTerm", "Hepatic hemorrhage");
        body.put("hospitalized", true);
        body.put("admissionDate", today.minusDays(2).toString());
        body.put("additionalTherapy", false);
        body.put("sequelae", "NONE");

        ResponseEntity<JsonNode> created = post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events", body);

        assertThat(created.getStatusCode()).as("answer %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode classification = created.getBody().path("classification");
        // not discharged: the stay counts up to today (two days, 48 h): serious (>= 24 h), CIRSE 2 (not over 48 h), SIR C
        assertThat(classification.path("serious").asBoolean()).isTrue();
        assertThat(classification.path("cirse2017Grade").asInt()).isEqualTo(2);
        assertThat(classification.path("sir2003Class").asText()).isEqualTo("C");
        assertThat(jdbc.queryForList("select message from app.alert where case_id = ? and rule_id = 'ALR-03'", String.class,
                caseId)).singleElement().asString().contains("SAE form");
    }

    @Test
    void badDetailsAreNamedFieldByFieldAndNothingIsStored() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("AED")));
        LocalDate today = LocalDate.now(clock);

        Map<String, Object> unknownValue = report(today);
        unknownValue.put("attribution", "MAYBE");
        assertThat(problemFields(post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events",
                unknownValue))).containsExactly("attribution");

        Map<String, Object> unknownIntervention = report(today);
        unknownIntervention.put("interventions", List.of("PRAYER"));
        assertThat(problemFields(post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events",
                unknownIntervention))).singleElement().asString().startsWith("interventions");

        Map<String, Object> inconsistent = report(today);
        inconsistent.put("interventions", List.of("NONE", "SURGERY"));
        inconsistent.put("hospitalized", false);
        inconsistent.put("dischargeDate", today.toString());
        assertThat(problemFields(post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events",
                inconsistent))).containsExactlyInAnyOrder("interventions", "dischargeDate");

        Map<String, Object> noAdmission = report(today);
        noAdmission.put("hospitalized", true);
        noAdmission.put("outcome", "SOMEHOW");
        assertThat(problemFields(post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events",
                noAdmission))).containsExactly("outcome");

        Map<String, Object> dischargedFirst = report(today.minusDays(5));
        dischargedFirst.put("hospitalized", true);
        dischargedFirst.put("admissionDate", today.minusDays(2).toString());
        dischargedFirst.put("dischargeDate", today.minusDays(4).toString());
        assertThat(problemFields(post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events",
                dischargedFirst))).containsExactly("dischargeDate");

        Map<String, Object> admissionMissing = report(today);
        admissionMissing.put("hospitalized", true);
        assertThat(problemFields(post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events",
                admissionMissing))).containsExactly("admissionDate");

        assertThat(jdbc.queryForObject("select count(*) from app.adverse_event where case_id = ?", Integer.class, caseId)).isZero();
    }

    private static Map<String, Object> report(LocalDate onset) {
        Map<String, Object> body = new HashMap<>();
        body.put("onsetDate", onset.toString());
        body.put("ctcaeTerm", "Hepatic infection");
        body.put("gradeAtOnset", 3);
        return body;
    }

    private static List<String> problemFields(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return answer.getBody().path("errors").findValuesAsText("field");
    }
}
