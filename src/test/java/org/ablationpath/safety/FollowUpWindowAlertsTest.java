package org.ablationpath.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.followup.FollowUpCases;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.VisitStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ALR-10 and ALR-11 on live cases (pathway.md FUP-03, FUP-04): the follow-up module publishes
 * {@link FollowUpWindowClosed} when the pathway tells it a window closed, the safety rules draft the alerts and the
 * store keeps them with their recipients; a second miss in a row adds the lost-to-follow-up alert for the data manager.
 */
@AblationPathTest
class FollowUpWindowAlertsTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    FollowUpSchedule schedule;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aMissedSurveillanceVisitRaisesAlr10AndTheSecondMissInARowTheLostToFollowUpAlert() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        LocalDate session = LocalDate.now(clock).minusMonths(8);
        schedule.planAfterSession(caseId, session);
        schedule.recordResponseImaging(caseId, session.plusDays(30));
        ScheduledVisit m3 = schedule.nextPlannedVisit(caseId).orElseThrow();
        assertThat(m3.gridLabel()).isEqualTo("M3");

        assertThat(schedule.recordMissed(m3.id())).as("first miss").isFalse();

        assertThat(alerts(caseId)).containsExactly("ALR-10 P3_ROUTINE WINDOW:" + m3.id() + " [NURSE]");
        ScheduledVisit m6 = schedule.visits(caseId).stream().filter(v -> v.gridLabel().equals("M6")
                && v.status() == VisitStatus.PLANNED).findFirst().orElseThrow();

        assertThat(schedule.recordMissed(m6.id())).as("second miss in a row").isTrue();

        assertThat(alerts(caseId)).containsExactlyInAnyOrder(
                "ALR-10 P3_ROUTINE WINDOW:" + m3.id() + " [NURSE]",
                "ALR-10 P3_ROUTINE WINDOW:" + m6.id() + " [NURSE]",
                "ALR-10 P3_ROUTINE LOST_TO_FOLLOW_UP:" + m6.id() + " [DATA_MANAGER]");
    }

    @Test
    void aLiverResponseWindowClosingWithoutImagingRaisesAlr11ToTheNurseAndTheOperator() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        LocalDate session = LocalDate.now(clock).minusDays(57);
        schedule.planAfterSession(caseId, session);
        ScheduledVisit m1 = schedule.visits(caseId).stream().filter(v -> v.gridLabel().equals("M1")
                && v.status() == VisitStatus.PLANNED).findFirst().orElseThrow();

        schedule.responseWindowClosed(caseId);

        assertThat(alerts(caseId)).containsExactly("ALR-11 P3_ROUTINE WINDOW:" + m1.id() + " [INTERVENTIONAL_RADIOLOGIST, NURSE]");
        assertThat(schedule.visit(m1.id())).map(ScheduledVisit::status).as("imaging dated inside the window still meets it")
                .contains(VisitStatus.PLANNED);
    }

    @Test
    void aResponseWindowClosingAfterImagingWithoutContrastRaisesAlr11OnlyWhileNoContrastStudyFollowedInside() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        LocalDate session = LocalDate.now(clock).minusDays(57);
        schedule.planAfterSession(caseId, session);

        List<ScheduledVisit> watched = schedule.recordResponseImaging(caseId, session.plusDays(25), false);

        assertThat(watched).singleElement().satisfies(m1 -> assertThat(m1.gridLabel()).isEqualTo("M1"));
        UUID m1 = watched.get(0).id();
        schedule.responseWindowClosedWithoutContrast(List.of(m1));
        assertThat(alerts(caseId)).containsExactly("ALR-11 P3_ROUTINE WINDOW:" + m1 + " [INTERVENTIONAL_RADIOLOGIST, NURSE]");
        assertThat(jdbc.queryForObject("select trigger_text from app.alert where case_id = ? and rule_id = 'ALR-11'",
                String.class, caseId)).contains("without contrast");

        UUID other = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(other, session);
        UUID otherM1 = schedule.recordResponseImaging(other, session.plusDays(25), false).get(0).id();
        schedule.recordResponseImaging(other, session.plusDays(40), true);
        schedule.responseWindowClosedWithoutContrast(List.of(otherM1));
        assertThat(alerts(other)).as("a contrast study inside the window met it").isEmpty();

        UUID late = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(late, session);
        assertThat(schedule.recordResponseImaging(late, session.plusDays(57), false))
                .as("imaging after the window end: nothing left to watch").isEmpty();
    }

    @Test
    void aWatchedResponseWindowClosingAfterAStudyThatPredatedItRaisesAlr11() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        LocalDate session = LocalDate.now(clock).minusDays(15);
        schedule.planAfterSession(caseId, session);

        // day 10 is before the window (day 21 to 56): the response point stays planned and watched (FUP-03)
        List<ScheduledVisit> watched = schedule.recordResponseImaging(caseId, session.plusDays(10), true);
        UUID m1 = watched.get(0).id();
        schedule.responseWindowClosedWithoutContrast(List.of(m1));

        assertThat(alerts(caseId)).containsExactly("ALR-11 P3_ROUTINE WINDOW:" + m1 + " [INTERVENTIONAL_RADIOLOGIST, NURSE]");
        assertThat(jdbc.queryForObject("select trigger_text from app.alert where case_id = ? and rule_id = 'ALR-11'",
                String.class, caseId)).doesNotContain("without contrast");
    }

    private List<String> alerts(UUID caseId) {
        return jdbc.queryForList("select rule_id, priority, cause_key, recipient_roles from app.alert where case_id = ? "
                + "and rule_id in ('ALR-10', 'ALR-11')", caseId).stream()
                .map(row -> row.get("rule_id") + " " + row.get("priority") + " " + row.get("cause_key") + " "
                        + List.of(String.valueOf(row.get("recipient_roles")).split(",")).stream().map(String::strip).sorted().toList())
                .toList();
    }
}
