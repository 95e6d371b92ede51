package org.ablationpath.board;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.ablationpath.AblationPathTest;
import org.ablationpath.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Debian's Chromium (no browser download): the board member signs in, opens the review of the demo case with
 * low platelets (GEN-03, correctable), defers it to correct the platelets, and sees the decision on the case page;
 * there, re-evaluates the case and looks at the older evaluation from the history.
 */
@AblationPathTest
class BoardReviewBrowserTest {

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

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
    void boardMemberDefersTheLowPlateletCase() {
        Page page = chromium.signIn(port, "board", "demo", 1280, 1000);

        Locator row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("DEMO-002"));
        assertThat(row.first()).isVisible();
        page.locator(".open-task[data-patient='DEMO-002']").click();

        assertThat(page.locator("#recommendation-status")).hasText("Not eligible");
        assertThat(page.locator("#recommendation")).containsText("GEN-03");
        assertThat(page.locator("#recommendation")).containsText("SIRCOAG19");

        page.locator("#decisionCode").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Defer (correct and re-present)")).click();
        assertThat(page.locator("#concordance-hint")).hasText("The decision agrees with the recommendation.");
        page.locator("#intent").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Curative")).click();
        page.locator("#rationale textarea").fill("Transfuse or wait for platelet recovery, then re-present at the next board.");
        page.locator("#submit-decision").click();

        assertThat(page.locator("#decisions")).containsText("Defer (correct and re-present)");
        assertThat(page.locator("#decisions")).containsText("Concordant with the recommendation");
        assertThat(page.locator("#fact-stage")).containsText("Work-up");
        // the BPMN the engine runs, drawn by bpmn-js, with the step the case is at (here: back to the work-up) highlighted
        assertThat(page.locator("#pathway-diagram")).hasAttribute("data-rendered", "Activity_CompleteWorkup");
        assertThat(page.locator("#pathway-diagram .current-step")).hasCount(1);
        assertThat(page.locator("#pathway-timeline")).containsText("Review at tumor board");

        // the XML came by the definition's address, not with the screen
        Object fetched = page.evaluate("() => performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/process-diagrams/')).length");
        org.assertj.core.api.Assertions.assertThat(((Number) fetched).intValue()).as("diagram fetches").isEqualTo(1);

        // back to the case within the same page: the diagram is drawn from the page's copy of the XML, not sent again
        String caseRoute = page.url().substring(page.url().indexOf("cases/"));
        routerLink(page, "");
        assertThat(page.locator("#pathway-diagram")).hasCount(0);
        com.microsoft.playwright.Response back = page.waitForResponse(
                response -> response.url().contains("v-r=uidl") && response.request().postData() != null
                        && response.request().postData().contains("ui-navigate"),
                () -> routerLink(page, caseRoute));
        String answer = back.text();
        org.assertj.core.api.Assertions.assertThat(answer.contains("pathway-diagram")).as("the case page was drawn").isTrue();
        org.assertj.core.api.Assertions.assertThat(answer.contains("bpmn:definitions")).as("the XML was sent again").isFalse();
        assertThat(page.locator("#pathway-diagram")).hasAttribute("data-rendered", "Activity_CompleteWorkup");
        assertThat(page.locator("#pathway-diagram .current-step")).hasCount(1);
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("() => performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/process-diagrams/')).length")).intValue()).as("diagram fetches").isEqualTo(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "board-review-decided.png")).setFullPage(true));
        page.locator("#pathway").scrollIntoViewIfNeeded();
        page.locator("#pathway").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "case-pathway.png")));

        // the evaluation history: one click listener on the table, the row's button names the evaluation to show
        Locator picks = page.locator("#evaluation-history button.history-pick");
        int before = picks.count();
        page.locator("#reevaluate").click();
        assertThat(picks).hasCount(before + 1);
        assertThat(picks.first()).hasAttribute("aria-pressed", "true");
        picks.nth(1).click();
        assertThat(page.locator("#showing-older")).isVisible();
        assertThat(picks.nth(1)).hasAttribute("aria-pressed", "true");
        assertThat(picks.first()).hasAttribute("aria-pressed", "false");
        page.locator("#evaluation-history th").first().click();
        // a click beside the buttons changes nothing
        assertThat(picks.nth(1)).hasAttribute("aria-pressed", "true");
        page.locator("#show-latest").click();
        assertThat(page.locator("#showing-older")).hasCount(0);
        assertThat(picks.first()).hasAttribute("aria-pressed", "true");
    }

    /** Navigates inside the running UI, as a link of the application does (no page load). */
    private static void routerLink(Page page, String route) {
        page.evaluate("route => { const a = document.createElement('a'); a.href = route; a.setAttribute('router-link', '');"
                + " document.body.appendChild(a); a.click(); a.remove(); }", route);
    }
}
