package org.ablationpath.safety;

import static org.ablationpath.TestCases.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.CaseWalk;
import org.ablationpath.MovableClock;
import org.ablationpath.TestCases;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.VisitStatus;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ALR-11's last clause on live cases (safety.md ALR-11, pathway.md FUP-03 and STG-09): a liver case whose response
 * assessment is recorded inside the window on imaging without contrast is watched by its pathway until the window
 * closes; with no contrast study by then, one ALR-11 alert says so. A study dated before the window meets nothing
 * (pathway.md 7.3) and is watched the same way. Contrast imaging, or the end of the case before the window closes,
 * raises none. Every task goes through the REST API; time moves on both clocks.
 */
@AblationPathTest
class ResponseWithoutContrastAlertTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MovableClock clock;
    @Autowired
    FollowUpSchedule schedule;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToNow() {
        clock.reset();
        ClockUtil.reset();
    }

    @Test
    void responseImagingWithoutContrastInsideTheWindowRaisesOneAlr11WhenTheWindowCloses() {
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        LocalDate session = walk.toResponseAssessment(TestCases.uniquePseudonym("NOCON"));
        UUID caseId = walk.caseId();

        walk.assessResponse(session.plusDays(21), false, "COMPLETE");

        ScheduledVisit m1 = responseVisit(caseId, session);
        assertThat(m1.status()).as("met by the imaging").isEqualTo(VisitStatus.DONE);
        assertThat(withoutContrastMark(m1.id())).isTrue();
        walk.travelTo(session.plusDays(56));
        assertThat(alerts(caseId)).as("the window is still open on day 56").isEmpty();

        walk.travelTo(session.plusDays(57));

        assertThat(alerts(caseId)).containsExactly("ALR-11 P3_ROUTINE WINDOW:" + m1.id());
        assertThat(alertText(caseId)).contains("without contrast").contains("Book contrast imaging");
        assertThat(jdbc.queryForObject("select count(*) from app.alert where case_id = ? and rule_id = 'ALR-10'",
                Integer.class, caseId)).isZero();

        walk.travelTo(session.plusDays(60));
        assertThat(alerts(caseId)).as("one alert per response point").hasSize(1);
    }

    @Test
    void aStudyBeforeTheResponseWindowMeetsNothingAndTheWindowClosingRaisesAlr11() {
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        LocalDate session = walk.toResponseAssessment(TestCases.uniquePseudonym("EARLY"));
        UUID caseId = walk.caseId();

        // pathway.md 7.3: a study on day 10 is outside the response window (day 21 to 56), it does not count for M1
        walk.assessResponse(session.plusDays(10), true, "COMPLETE");

        ScheduledVisit m1 = responseVisit(caseId, session);
        assertThat(m1.status()).isEqualTo(VisitStatus.PLANNED);
        walk.travelTo(session.plusDays(56));
        assertThat(alerts(caseId)).as("the window is still open on day 56").isEmpty();

        walk.travelTo(session.plusDays(57));

        // FUP-03: the window closed without imaging inside it
        assertThat(alerts(caseId)).containsExactly("ALR-11 P3_ROUTINE WINDOW:" + m1.id());
        assertThat(alertText(caseId)).doesNotContain("without contrast");
    }

    @Test
    void contrastResponseImagingRaisesNoAlr11() {
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        LocalDate session = walk.toResponseAssessment(TestCases.uniquePseudonym("CON"));
        UUID caseId = walk.caseId();

        walk.assessResponse(session.plusDays(21), true, "COMPLETE");
        walk.travelTo(session.plusDays(57));

        assertThat(alerts(caseId)).isEmpty();
        assertThat(withoutContrastMark(responseVisit(caseId, session).id())).isFalse();
    }

    @Test
    void aCaseEndedByDeathBeforeTheWindowClosesRaisesNoAlr11() {
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        LocalDate session = walk.toResponseAssessment(TestCases.uniquePseudonym("NOCONDIED"));
        UUID caseId = walk.caseId();
        walk.assessResponse(session.plusDays(21), false, "COMPLETE");
        walk.travelTo(session.plusDays(40));

        ResponseEntity<JsonNode> ended = post(rest.withBasicAuth("physician", "demo"), "/api/cases/" + caseId + "/end-of-follow-up",
                TestCases.JSON.valueToTree(Map.of("reason", "DEATH", "date", session.plusDays(39).toString(),
                        "causeOfDeath", "LIVER_FAILURE_NON_TUMOUR")));
        assertThat(ended.getStatusCode().value()).as("answer %s", ended.getBody()).isEqualTo(201);
        walk.travelTo(session.plusDays(57));

        assertThat(alerts(caseId)).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).count())
                .as("the case's processes ended, and the watch with them").isZero();
    }

    private ScheduledVisit responseVisit(UUID caseId, LocalDate session) {
        return schedule.visits(caseId).stream().filter(v -> v.gridLabel().equals("M1") && v.targetDate().equals(session.plusDays(30)))
                .findFirst().orElseThrow();
    }

    private boolean withoutContrastMark(UUID visitId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select met_without_contrast from app.follow_up_visit where id = ?",
                Boolean.class, visitId));
    }

    private List<String> alerts(UUID caseId) {
        return jdbc.queryForList("select rule_id, priority, cause_key from app.alert where case_id = ? "
                + "and rule_id in ('ALR-10', 'ALR-11')", caseId).stream()
                .map(row -> row.get("rule_id") + " " + row.get("priority") + " " + row.get("cause_key"))
                .toList();
    }

    private String alertText(UUID caseId) {
        return jdbc.queryForObject("select trigger_text || ' / ' || message from app.alert where case_id = ? and rule_id = 'ALR-11'",
                String.class, caseId);
    }
}
