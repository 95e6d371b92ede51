package org.ablationpath;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright for the browser tests (no browser download): launched once per test class,
 * with the flags this closed network needs, and a sign-in through the real login page.
 */
public final class HeadlessChromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Chromium from ABLATIONPATH_CHROMIUM, else /usr/bin/chromium; Playwright never downloads its own browsers. */
    public static HeadlessChromium launch() {
        // set here as well as in Surefire's environment, so the benchmarks (exec:java) do not try the download either
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("ABLATIONPATH_CHROMIUM", "/usr/bin/chromium");
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(chromium))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new HeadlessChromium(playwright, browser);
    }

    /** A fresh browser context (English, given viewport) signed in as the user on the application at the port. */
    public Page signIn(int port, String username, String password, int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(width, height)).newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
