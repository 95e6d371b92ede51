package org.ablationpath.safety;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.HeadlessChromium;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In Debian's Chromium: two alerts are raised on the demo case DEMO-001 for referring physicians. The physician signs
 * in, finds the first in the alert inbox, is told the note is required, acknowledges it with a note; the second is
 * left alone, the engine clock passes its limit, its timer fires, and the escalation shows on the case page.
 */
@AblationPathTest
class AlertInboxBrowserTest {

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    Alerts alerts;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @BeforeAll
    static void launchChromium() {
        // the first Vaadin page of a cold server can take long on a loaded machine: wait for it, not fail at 5 s
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
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void thePhysicianAcknowledgesOneAlertAndTheOtherEscalatesOnTheCasePage() {
        UUID caseId = jdbc.queryForObject("select c.id from app.clinical_case c join app.patient p on p.id = c.patient_id "
                + "where p.pseudonym = 'DEMO-001' order by c.referral_date limit 1", UUID.class);
        Instant now = clock.instant();
        // due long ago, so both lead the inbox whatever other tests left there
        Instant longAgo = now.minus(Duration.ofDays(3650));
        Alert acknowledgeMe = alerts.raise(new AlertDraft(caseId, "C01", "ALR-08", AlertPriority.P1_IMMEDIATE, AlertDrafts.newCause(),
                "Heart rate 112/min sustained", "Haemorrhage warning: check vital signs and haemoglobin",
                List.of("REFERRING_PHYSICIAN"), now, longAgo, "browser-test")).alert();
        Alert leaveMe = alerts.raise(new AlertDraft(caseId, "C01", "ALR-09", AlertPriority.P1_IMMEDIATE, AlertDrafts.newCause(),
                "Temperature 39.4 °C for 50 h", "Rule out abscess or other infection",
                List.of("REFERRING_PHYSICIAN"), now, longAgo.plusSeconds(1), "browser-test")).alert();

        Page page = chromium.signIn(port, "physician", "demo", 1400, 1000);
        assertThat(page.locator("#logout")).isVisible();
        page.navigate("http://localhost:" + port + "/alerts");

        String acknowledgeButton = ".acknowledge-alert[data-alert-id='" + acknowledgeMe.id() + "']";
        assertThat(page.locator(acknowledgeButton)).isVisible();
        assertThat(page.locator(".acknowledge-alert[data-alert-id='" + leaveMe.id() + "']")).isVisible();
        page.locator(acknowledgeButton).click();
        assertThat(page.locator("#ack-summary")).containsText("ALR-08");
        page.locator("#ack-submit").click();
        assertThat(page.locator("#ack-note")).hasAttribute("invalid", "");
        assertThat(page.locator("#ack-note")).containsText("A short note is required");

        page.locator("#ack-note textarea").fill("Ward physician informed, Hb ordered stat.");
        page.locator("#ack-submit").click();
        assertThat(page.locator(acknowledgeButton)).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "alert-inbox.png")));

        // the second alert's limit passes on the engine clock: its timer fires
        String escalation = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("alert-escalation")
                .processInstanceBusinessKey(leaveMe.id().toString()).singleResult().getId();
        ClockUtil.setCurrentTime(Date.from(leaveMe.escalatesAt().plusSeconds(1)));
        List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(escalation).timers().executable().list();
        org.assertj.core.api.Assertions.assertThat(due).hasSize(1);
        engine.getManagementService().executeJob(due.get(0).getId());

        page.navigate("http://localhost:" + port + "/cases/" + caseId);
        String card = "#case-alerts .alert-card[data-alert-id='" + leaveMe.id() + "']";
        assertThat(page.locator(card + " .alert-escalation")).containsText("Escalated to level 1");
        assertThat(page.locator(card + " .alert-escalation")).containsText("Interventional radiologist");
        assertThat(page.locator("#case-alerts .alert-card[data-alert-id='" + acknowledgeMe.id() + "'] .alert-acknowledgement"))
                .containsText("Ward physician informed, Hb ordered stat.");
        page.locator("#case-alerts").scrollIntoViewIfNeeded();
        page.locator("#case-alerts").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "case-alerts.png")));
    }
}
