package org.ablationpath.board;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Debian's Chromium (no browser download): the board member signs in, opens the review of the demo case with
 * low platelets (GEN-03, correctable), defers it to correct the platelets, and sees the decision on the case page.
 */
@AblationPathTest
class BoardReviewBrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create();
        String chromium = System.getenv().getOrDefault("ABLATIONPATH_CHROMIUM", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(chromium))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void boardMemberDefersTheLowPlateletCase() {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 1000)).newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill("board");
        page.locator("input[name=password]").fill("demo");
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();

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
        // the BPMN the engine ran, drawn by bpmn-js, with the step the case is at (here: the end) highlighted
        assertThat(page.locator("#pathway-diagram")).hasAttribute("data-rendered", "EndEvent_BoardDecided");
        assertThat(page.locator("#pathway-diagram .current-step")).hasCount(1);
        assertThat(page.locator("#pathway-timeline")).containsText("Review at tumor board");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "board-review-decided.png")).setFullPage(true));
        page.locator("#pathway").scrollIntoViewIfNeeded();
        page.locator("#pathway").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "case-pathway.png")));
    }
}
