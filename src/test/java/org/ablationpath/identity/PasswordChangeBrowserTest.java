package org.ablationpath.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ablationpath.AblationPathTest;
import org.ablationpath.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In Debian's Chromium: the administrator sees the users; a user created with an initial password is sent to
 * "Change password" whatever they open, until they choose their own, then works normally.
 */
@AblationPathTest
class PasswordChangeBrowserTest {

    private static HeadlessChromium chromium;

    @Autowired
    UserAdministration administration;
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

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    private Page signIn(String username, String password) {
        return chromium.signIn(port, username, password, 1400, 900);
    }

    @Test
    void theAdministratorSeesTheUsers() {
        Page page = signIn("admin", "demo");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users")).click();

        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("nurse2")).first()).isVisible();
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("nurse2")).first().click();
        assertThat(page.locator("#user-status")).hasText("Active");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "user-admin.png")));
    }

    @Test
    void aUserWithAnInitialPasswordMustChangeItFirst() {
        String username = "pw" + System.nanoTime();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        administration.create(new NewUser(username, "Browser Nurse", "initial-pass-4711", Set.of(Role.NURSE), Set.of("C01")));
        SecurityContextHolder.clearContext();

        Page page = signIn(username, "initial-pass-4711");

        assertThat(page.locator("#password-change-required")).isVisible();
        page.navigate("http://localhost:" + port + "/cases");
        assertThat(page.locator("#password-change-required")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "change-password.png")));

        page.locator("#currentPassword input").fill("initial-pass-4711");
        page.locator("#newPassword input").fill("my-own-secret-2026");
        page.locator("#confirmPassword input").fill("my-own-secret-2026");
        page.locator("#change-password").click();

        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("My tasks"))).isVisible();
        page.navigate("http://localhost:" + port + "/cases");
        assertThat(page.locator("#cases")).isVisible();
    }
}
