package org.ablationpath.safety;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ablationpath.TestCases.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ablationpath.AblationPathTest;
import org.ablationpath.CaseWalk;
import org.ablationpath.HeadlessChromium;
import org.ablationpath.MovableClock;
import org.ablationpath.TestCases;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.VisitStatus;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7's browser test, in Debian's Chromium: a liver case walked through the real pathway to its M3 visit; the
 * nurse opens the visit task from her worklist and records the visit with two grade-3 adverse events; the referring
 * physician (user physician, same center) finds the two ALR-03 alerts in her inbox and acknowledges one with a note;
 * the other passes its limit on the engine clock, its escalation timer fires, and the case page shows the escalation.
 */
@AblationPathTest
class VisitAdverseEventAlertBrowserTest {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");
    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MovableClock clock;
    @Autowired
    FollowUpSchedule schedule;

    @BeforeAll
    static void launchChromium() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void backToNow() {
        clock.reset();
        ClockUtil.reset();
    }

    @Test
    void theNurseRecordsAGradeThreeEventThePhysicianAcknowledgesOneAlertAndTheOtherEscalates() {
        String pseudonym = TestCases.uniquePseudonym("AEB");
        UUID caseId = new CaseWalk(rest, engine, clock).toFirstSurveillanceVisit(pseudonym);
        ScheduledVisit m3 = schedule.nextPlannedVisit(caseId).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(m3.gridLabel()).isEqualTo("M3");
        LocalDate today = LocalDate.now(clock);

        // the nurse: worklist, due this week, the case's M3 row, Open
        Page nurse = chromium.signIn(port, "nurse", "demo", 1600, 1100);
        assertThat(nurse.locator("#logout")).isVisible();
        nurse.navigate("http://localhost:" + port + "/worklist");
        nurse.locator("#worklist-category").click();
        nurse.locator("vaadin-select-item[role=option]:visible", new Page.LocatorOptions().setHasText("Due this week")).click();
        int row = worklistIndex(m3.id());
        // the grid does not count its rows: it learns of more as it is scrolled to its end, so a far row takes a few scrolls
        Locator open = nurse.locator(".worklist-open[data-item-id='" + m3.id() + "']");
        for (int scroll = 0; scroll < 30 && open.count() == 0; scroll++) {
            nurse.evaluate("i => document.querySelector('#worklist').scrollToIndex(i)", row);
            nurse.waitForTimeout(200);
        }
        // the grid may briefly hold the row's cells of the previous filter too: any of its Open buttons opens the same task
        open.first().click();

        // the visit form: reached, today, ECOG 0, no evidence of disease, two grade-3 adverse events
        assertThat(nurse.locator("#visit-window")).isVisible();
        fillDate(nurse.locator("#visitDate"), today);
        nurse.locator("#ecog input").fill("0");
        nurse.locator("#finding").click();
        nurse.locator("vaadin-select-item[role=option]:visible", new Page.LocatorOptions().setHasText("No evidence of disease")).click();
        nurse.locator("#add-adverse-event").click();
        nurse.locator("#add-adverse-event").click();
        adverseEvent(nurse, nurse.locator(".ae-row").nth(0), "Hepatic hemorrhage", today.minusDays(2));
        adverseEvent(nurse, nurse.locator(".ae-row").nth(1), "Biliary fistula", today.minusDays(1));
        nurse.locator("#submit-visit").click();
        assertThat(nurse.locator("#submit-visit")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(schedule.visit(m3.id())).map(ScheduledVisit::status).contains(VisitStatus.DONE);

        // the visit form handed both events to the safety module: one ALR-03 (P2) per adverse event, to the physician
        List<JsonNode> alr03 = new ArrayList<>();
        get(rest.withBasicAuth("physician", "demo"), "/api/cases/" + caseId + "/alerts").getBody().forEach(alert -> {
            if (alert.path("ruleId").asText().equals("ALR-03")) {
                alr03.add(alert);
            }
        });
        org.assertj.core.api.Assertions.assertThat(alr03).hasSize(2).allSatisfy(alert -> {
            org.assertj.core.api.Assertions.assertThat(alert.path("priority").asText()).isEqualTo("P2_URGENT");
            org.assertj.core.api.Assertions.assertThat(alert.path("currentRecipientRoles").toString()).contains("REFERRING_PHYSICIAN");
        });
        UUID acknowledgeMe = UUID.fromString(alr03.get(0).path("id").asText());
        UUID leaveMe = UUID.fromString(alr03.get(1).path("id").asText());

        // the physician: inbox, the first alert, acknowledged with a note
        Page physician = chromium.signIn(port, "physician", "demo", 1600, 1100);
        assertThat(physician.locator("#logout")).isVisible();
        physician.navigate("http://localhost:" + port + "/alerts");
        assertThat(physician.locator("#alert-inbox")).isVisible();
        physician.evaluate("i => document.querySelector('#alert-inbox').scrollToIndex(i)", inboxIndex(acknowledgeMe));
        String acknowledgeButton = ".acknowledge-alert[data-alert-id='" + acknowledgeMe + "']";
        physician.locator(acknowledgeButton).click();
        assertThat(physician.locator("#ack-summary")).containsText("ALR-03");
        physician.locator("#ack-note textarea").fill("Patient called back in, CT abdomen booked today.");
        physician.locator("#ack-submit").click();
        assertThat(physician.locator(acknowledgeButton)).hasCount(0);
        physician.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "visit-ae-inbox.png")));

        // the other one passes its limit (P2: 4 h) on the engine clock: its escalation timer fires
        Instant escalatesAt = Instant.parse(alr03.get(1).path("escalatesAt").asText());
        String escalation = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("alert-escalation")
                .processInstanceBusinessKey(leaveMe.toString()).singleResult().getId();
        ClockUtil.setCurrentTime(Date.from(escalatesAt.plusSeconds(1)));
        List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(escalation).timers().executable().list();
        org.assertj.core.api.Assertions.assertThat(due).hasSize(1);
        engine.getManagementService().executeJob(due.get(0).getId());
        // the acknowledged one has no timer left: its process ended with the acknowledgement
        org.assertj.core.api.Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("alert-escalation").processInstanceBusinessKey(acknowledgeMe.toString()).count()).isZero();

        physician.navigate("http://localhost:" + port + "/cases/" + caseId);
        String card = "#case-alerts .alert-card[data-alert-id='" + leaveMe + "']";
        assertThat(physician.locator(card + " .alert-escalation")).containsText("Escalated to level 1");
        assertThat(physician.locator(card + " .alert-escalation")).containsText("Interventional radiologist");
        assertThat(physician.locator("#case-alerts .alert-card[data-alert-id='" + acknowledgeMe + "'] .alert-acknowledgement"))
                .containsText("CT abdomen booked today");
        physician.locator("#case-alerts").scrollIntoViewIfNeeded();
        physician.locator("#case-alerts").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "visit-ae-case-alerts.png")));
    }

    /** Fills one adverse-event row: CTCAE term from the searchable list, grade 3, onset. */
    private static void adverseEvent(Page page, Locator row, String term, LocalDate onset) {
        row.locator("vaadin-combo-box input").fill(term);
        page.locator("vaadin-combo-box-item:visible", new Page.LocatorOptions().setHasText(term)).first().click();
        row.locator("vaadin-select").first().click();
        page.locator("vaadin-select-item[role=option]:visible", new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*3\\s*$"))).click();
        fillDate(row.locator("vaadin-date-picker").first(), onset);
    }

    private static void fillDate(Locator datePicker, LocalDate date) {
        Locator input = datePicker.locator("input");
        input.fill(US_DATE.format(date));
        input.press("Enter");
    }

    /** The row of the visit in the nurse's due-this-week worklist (same order as the screen). */
    private int worklistIndex(UUID visitId) {
        for (int page = 0; page < 50; page++) {
            JsonNode items = get(rest.withBasicAuth("nurse", "demo"), "/api/worklist?category=DUE_THIS_WEEK&size=200&page=" + page)
                    .getBody().path("items");
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).path("itemId").asText().equals(visitId.toString())) {
                    return page * 200 + i;
                }
            }
            if (items.size() < 200) {
                break;
            }
        }
        throw new AssertionError("visit " + visitId + " not on the nurse's worklist");
    }

    /** The row of the alert in the physician's inbox (same order as the screen). */
    private int inboxIndex(UUID alertId) {
        JsonNode inbox = get(rest.withBasicAuth("physician", "demo"), "/api/alerts").getBody();
        for (int i = 0; i < inbox.size(); i++) {
            if (inbox.get(i).path("id").asText().equals(alertId.toString())) {
                return i;
            }
        }
        throw new AssertionError("alert " + alertId + " not in the physician's inbox");
    }
}
