package org.ablationpath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.catalina.Context;
import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Screen sessions: the configured timeout reaches the servlet container; "sign out everywhere" and an administrator
 * disabling a user end every session of that user (two browsers here), and nobody else's. Without OIDC configured
 * there is no single sign-on.
 */
@AblationPathTest
class SessionsTest {

    private static final String PASSWORD = "amber-kettle-orbit-9";

    @Autowired
    ServerProperties server;
    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    UserDirectory users;
    @Autowired
    OwnAccount ownAccount;
    @Autowired
    UserAdministration administration;
    @Autowired
    SingleSignOn singleSignOn;
    @LocalServerPort
    int port;

    @AfterEach
    void signOutOfTheTest() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSessionTimeoutIsTakenFromConfiguration() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        Context webapp = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        assertThat(webapp.getSessionTimeout()).as("minutes").isEqualTo(30);
    }

    @Test
    void signingOutEverywhereEndsTheUsersOtherSessions() throws Exception {
        String username = newUser();
        String bystander = newUser();
        Browsers desk = new Browsers(port);
        Browsers ward = new Browsers(port);
        Browsers other = new Browsers(port);
        assertThat(desk.signIn(username, PASSWORD)).isTrue();
        assertThat(ward.signIn(username, PASSWORD)).isTrue();
        assertThat(other.signIn(bystander, PASSWORD)).isTrue();
        assertThat(desk.signedIn()).isTrue();
        assertThat(ward.signedIn()).isTrue();

        signInAs(username, "ROLE_NURSE");
        ownAccount.signOutEverywhere();

        assertThat(desk.signedIn()).as("first session").isFalse();
        assertThat(ward.signedIn()).as("second session").isFalse();
        assertThat(other.signedIn()).as("another user's session").isTrue();
        assertThat(desk.signIn(username, PASSWORD)).as("signing in again").isTrue();
        assertThat(desk.signedIn()).isTrue();
    }

    @Test
    void disablingAUserEndsTheirSessions() throws Exception {
        String username = newUser();
        Browsers browser = new Browsers(port);
        assertThat(browser.signIn(username, PASSWORD)).isTrue();
        assertThat(browser.signedIn()).isTrue();

        signInAs("admin", "ROLE_ADMIN");
        administration.update(username, new UserChanges(administration.get(username).version(), null, null, null, false));

        assertThat(browser.signedIn()).isFalse();
        assertThat(browser.signIn(username, PASSWORD)).as("disabled").isFalse();
    }

    @Test
    void withoutOidcConfiguredThereIsNoSingleSignOn() throws Exception {
        assertThat(singleSignOn.providers()).isEmpty();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/oauth2/authorization/keycloak")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        // not a redirect to an identity provider: the anonymous caller is sent to our own login page
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("keycloak").doesNotContain("oauth2");
    }

    private String newUser() {
        String username = "sess" + System.nanoTime();
        users.create(username, PASSWORD, "Session Test", Set.of(Role.NURSE), Set.of("C01"));
        return username;
    }

    private static void signInAs(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role), new SimpleGrantedAuthority(CurrentUser.CENTER_AUTHORITY_PREFIX + "C01"))));
    }
}
