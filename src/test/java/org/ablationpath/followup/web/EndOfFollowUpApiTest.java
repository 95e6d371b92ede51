package org.ablationpath.followup.web;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.EndReason;
import org.ablationpath.followup.FollowUpCases;
import org.ablationpath.followup.FollowUpEnded;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.followup.internal.EndOfFollowUpReports;
import org.ablationpath.safety.DeathRecorded;
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

/** {@code POST /api/cases/{id}/end-of-follow-up}: what a user may report, once, for a case of their centers. */
@AblationPathTest
@RecordApplicationEvents
class EndOfFollowUpApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    FollowUpSchedule schedule;
    @Autowired
    EndOfFollowUp endOfFollowUp;
    @Autowired
    EndOfFollowUpReports reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theReasonsOfThePathwayAFutureDateAndADeathWithoutCauseAreRefusedNamingTheField() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);

        assertThat(problemFields(end("nurse", caseId, Map.of("reason", "SCHEDULE_COMPLETED", "date", today().toString()))))
                .containsExactly("reason");
        assertThat(problemFields(end("nurse", caseId, Map.of("reason", "NON_ABLATION_PATHWAY", "date", today().toString()))))
                .containsExactly("reason");
        assertThat(problemFields(end("nurse", caseId, Map.of("reason", "WITHDRAWAL", "date", today().plusDays(1).toString()))))
                .containsExactly("date");
        assertThat(problemFields(end("nurse", caseId, Map.of("reason", "DEATH", "date", today().toString()))))
                .containsExactly("causeOfDeath");
        assertThat(problemFields(end("nurse", caseId, Map.of("reason", "ENDED", "date", today().toString()))))
                .containsExactly("reason");
        assertThat(problemFields(end("nurse", caseId, Map.of("reason", "WITHDRAWAL", "date", today().toString(), "why", "x"))))
                .containsExactly("why");
        assertThat(problemFields(end("nurse", caseId, Map.of()))).containsExactlyInAnyOrder("reason", "date");

        assertThat(jdbc.queryForObject("select count(*) from app.end_of_follow_up where case_id = ?", Integer.class, caseId)).isZero();
    }

    @Test
    void aWithdrawalEndsTheFollowUpOnceAndCancelsThePlannedVisits() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(caseId, today().minusDays(40));
        schedule.recordResponseImaging(caseId, today().minusDays(10));

        ResponseEntity<JsonNode> ended = end("datamanager", caseId, Map.of("reason", "WITHDRAWAL",
                "date", today().toString(), "details", "Consent withdrawn by letter"));

        assertThat(ended.getStatusCode()).as("answer %s", ended.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(ended.getBody().path("reason").asText()).isEqualTo("WITHDRAWAL");
        assertThat(ended.getBody().path("recordedBy").asText()).isEqualTo("datamanager");
        assertThat(schedule.visits(caseId)).extracting(ScheduledVisit::status).containsOnly(VisitStatus.DONE, VisitStatus.CANCELLED);
        assertThat(end("nurse", caseId, Map.of("reason", "TRANSFERRED", "date", today().toString())).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        JsonNode followUp = get(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId).getBody().path("sections").path("followUp");
        assertThat(followUp.path("endOfFollowUp").path("reason").asText()).isEqualTo("WITHDRAWAL");
        assertThat(followUp.path("visits").findValuesAsText("status")).isNotEmpty().containsOnly("DONE", "CANCELLED");
    }

    @Test
    void aDeathAlsoRecordsTheVitalStatus() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);

        ResponseEntity<JsonNode> ended = end("physician", caseId, Map.of("reason", "DEATH", "date", today().minusDays(3).toString(),
                "causeOfDeath", "LIVER_FAILURE_NON_TUMOUR"));

        assertThat(ended.getStatusCode()).as("answer %s", ended.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode vital = get(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId).getBody().path("sections").path("followUp").path("vitalStatus");
        assertThat(vital).hasSize(1);
        assertThat(vital.get(0).path("status").asText()).isEqualTo("DEAD");
        assertThat(vital.get(0).path("deathDate").asText()).isEqualTo(today().minusDays(3).toString());
        assertThat(vital.get(0).path("causeOfDeath").asText()).isEqualTo("LIVER_FAILURE_NON_TUMOUR");
    }

    @Test
    void anotherCentersCaseIsNotFoundAndTheBoardMayNotEndFollowUp() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        Map<String, String> body = Map.of("reason", "WITHDRAWAL", "date", today().toString());

        assertThat(end("nurse2", caseId, body).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(end("board", caseId, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(end("chair", caseId, body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aReportedEndPublishesFollowUpEndedAndAnEndThePathwayRecordsDoesNot() {
        UUID reported = FollowUpCases.singleHcc(rest, 24);
        UUID completed = FollowUpCases.singleHcc(rest, 24);
        MockedScreens.signIn("nurse", "C01", "NURSE");

        reports.report(reported, new EndOfFollowUpReports.EndReport(EndReason.LOST_TO_FOLLOW_UP, today(), "3 tracing attempts", null));
        endOfFollowUp.record(completed, EndReason.SCHEDULE_COMPLETED, today(), null);

        assertThat(events.stream(FollowUpEnded.class)).containsExactly(
                new FollowUpEnded(reported, "C01", EndReason.LOST_TO_FOLLOW_UP, today()));
        assertThat(endOfFollowUp.of(completed)).map(EndOfFollowUp.EndRecord::reason).contains(EndReason.SCHEDULE_COMPLETED);
    }

    @Test
    void aReportedDeathGoesToTheSafetyRulesAndAWithdrawalDoesNot() {
        UUID died = FollowUpCases.singleHcc(rest, 24);
        UUID withdrew = FollowUpCases.singleHcc(rest, 24);
        MockedScreens.signIn("nurse", "C01", "NURSE");

        reports.report(died, new EndOfFollowUpReports.EndReport(EndReason.DEATH, today().minusDays(3), null, CauseOfDeath.OTHER));
        reports.report(withdrew, new EndOfFollowUpReports.EndReport(EndReason.WITHDRAWAL, today(), null, null));

        // ALR-01: the safety rules alert when the death is within 30 days of an ablation session
        assertThat(events.stream(DeathRecorded.class)).containsExactly(new DeathRecorded(died, "C01", today().minusDays(3)));
    }

    @Test
    void aCauseOfDeathBelongsToADeathOnly() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);

        assertThat(problemFields(end("nurse", caseId, Map.of("reason", "WITHDRAWAL", "date", today().toString(),
                "causeOfDeath", CauseOfDeath.OTHER.name())))).containsExactly("causeOfDeath");
    }

    private ResponseEntity<JsonNode> end(String user, UUID caseId, Map<String, ?> body) {
        return post(rest.withBasicAuth(user, "demo"), "/api/cases/" + caseId + "/end-of-follow-up", body);
    }

    private static List<String> problemFields(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return answer.getBody().path("errors").findValuesAsText("field");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
