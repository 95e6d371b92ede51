package org.ablationpath.board;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.uniquePseudonym;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.HeadlessChromium;
import org.ablationpath.TestCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * In Debian's Chromium: the chair runs a small meeting of three cases (attendance completed on the agenda screen,
 * meeting mode with next by button and by key, one override with its reason) and reads the minutes.
 */
@AblationPathTest
class MeetingBrowserTest {

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    Clock clock;

    @BeforeAll
    static void launchChromium() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void chairRunsAMeetingOfThreeCasesAndReadsTheMinutes() {
        TestRestTemplate chair = rest.withBasicAuth("chair", "demo");
        LocalDate date = LocalDate.now(clock).plusDays(1);
        JsonNode board = post(chair, "/api/boards", Map.of("name", uniquePseudonym("Browser board"),
                "meetingDay", date.getDayOfWeek().name(), "meetingTime", "16:00")).getBody();
        String meetingId = post(chair, "/api/boards/" + board.path("id").asText() + "/meetings", Map.of("firstDate", date.toString()))
                .getBody().get(0).path("id").asText();
        List<String> pseudonyms = new ArrayList<>();
        for (String prefix : List.of("MEET-1", "MEET-2", "MEET-3")) {
            String pseudonym = uniquePseudonym(prefix);
            pseudonyms.add(pseudonym);
            UUID caseId = TestCases.refer(rest, hccCase(pseudonym));
            post(chair, "/api/meetings/" + meetingId + "/agenda", Map.of("caseId", caseId.toString()));
        }
        ResponseEntity<JsonNode> attendance = chair.exchange("/api/meetings/" + meetingId + "/attendance", HttpMethod.PUT,
                TestCases.json(Map.of("attendees", BoardMeetingTest.LIVER_QUORUM.subList(0, 4))), JsonNode.class);
        org.assertj.core.api.Assertions.assertThat(attendance.getStatusCode().value()).isEqualTo(200);

        Page page = chromium.signIn(port, "chair", "demo", 1400, 1000);
        page.navigate("http://localhost:" + port + "/meetings/" + meetingId);
        assertThat(page.locator("#agenda")).containsText(pseudonyms.get(2));
        // the diagnostic radiologist arrives: the liver quorum of pathway.md 6.1 is complete
        page.locator("#attendee-name input").fill("Dr Radiologist");
        page.locator("#attendee-specialty").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Diagnostic radiology")).click();
        page.locator("#add-attendee").click();
        assertThat(page.locator("#attendance")).containsText("Dr Radiologist");

        page.locator("#start-meeting-mode").click();
        assertThat(page.locator("#meeting-case-title")).containsText(pseudonyms.get(0));
        assertThat(page.locator("#meeting-quorum-state")).hasText("Quorate");
        assertThat(page.locator("#recommendation-status")).hasText("Eligible");
        decide(page, "Ablation", "Single HCC 24 mm: microwave ablation.", null);

        page.locator("#meeting-next").click();
        assertThat(page.locator("#meeting-case-title")).containsText(pseudonyms.get(1));
        decide(page, "Resection", "Resection of the single HCC.", "Young patient, the surgeon prefers an anatomical resection.");

        page.locator("#meeting-case-title").click();
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#meeting-case-title")).containsText(pseudonyms.get(2));
        decide(page, "Ablation", "Ablation, curative intent.", null);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "meeting-mode.png")).setFullPage(true));

        page.locator("#meeting-agenda").click();
        page.locator("#open-minutes").click();
        assertThat(page.locator("#minutes-title")).containsText(date.toString());
        assertThat(page.locator("#minutes-attendance")).containsText("Dr Radiologist · Diagnostic radiology");
        assertThat(page.locator("#minutes-entry-1")).containsText("Decision: Ablation, intent Curative");
        assertThat(page.locator("#minutes-entry-2")).containsText("Override of the recommendation (Eligible)");
        assertThat(page.locator("#minutes-entry-2")).containsText("Young patient, the surgeon prefers an anatomical resection.");
        assertThat(page.locator("#minutes-entry-3")).containsText("Decided");
        assertThat(page.locator("#minutes-pdf")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "meeting-minutes.png")).setFullPage(true));
    }

    private static void decide(Page page, String decision, String rationale, String overrideReason) {
        page.locator("#decisionCode").click();
        // exact: "Resection" is also part of the label of the combination decision
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName(decision).setExact(true)).click();
        page.locator("#intent").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Curative")).click();
        page.locator("#rationale textarea").fill(rationale);
        if (overrideReason != null) {
            page.locator("#overrideReason textarea").fill(overrideReason);
        }
        page.locator("#submit-decision").click();
        assertThat(page.locator("#meeting-item-status")).hasText("Decided");
    }
}
