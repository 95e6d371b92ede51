package org.ablationpath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Five wrong passwords in a row lock the account (HTTP Basic and the login form), even against the right password;
 * an administrator unlocks it at once, or it opens by itself after the lockout duration (15 minutes, on the moved
 * clock); a successful sign-in resets the count.
 */
@AblationPathTest
class LockoutTest {

    private static final String PASSWORD = "amber-kettle-orbit-9";
    private static final String WRONG = "not-the-password-1";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    UserDirectory users;
    @Autowired
    MovableClock clock;
    @LocalServerPort
    int port;

    private String username;

    @BeforeEach
    void createUser() {
        username = "lock" + System.nanoTime();
        users.create(username, PASSWORD, "Lockout Test", Set.of(Role.NURSE), Set.of("C01"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private HttpStatusCode basic(String password) {
        return rest.withBasicAuth(username, password).exchange("/api/tasks", HttpMethod.GET, HttpEntity.EMPTY, String.class)
                .getStatusCode();
    }

    private void failFiveTimes() {
        for (int i = 0; i < 5; i++) {
            assertThat(basic(WRONG)).as("wrong password %s", i + 1).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void fiveWrongPasswordsLockEvenTheRightOneOut() {
        assertThat(basic(PASSWORD)).isEqualTo(HttpStatus.OK);

        failFiveTimes();

        assertThat(basic(PASSWORD)).as("locked").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anAdministratorUnlocksAtOnce() {
        failFiveTimes();
        assertThat(basic(PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);

        var unlock = rest.withBasicAuth("admin", "demo").exchange("/api/admin/users/" + username + "/unlock",
                HttpMethod.POST, HttpEntity.EMPTY, String.class);

        assertThat(unlock.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(basic(PASSWORD)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theLockOpensByItselfAfterTheLockoutDuration() {
        failFiveTimes();
        clock.advance(Duration.ofMinutes(14));
        assertThat(basic(PASSWORD)).as("after 14 minutes").isEqualTo(HttpStatus.UNAUTHORIZED);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));

        assertThat(basic(PASSWORD)).as("after 15 minutes").isEqualTo(HttpStatus.OK);
        // counting starts again: one more wrong password does not lock
        assertThat(basic(WRONG)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(basic(PASSWORD)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            basic(WRONG);
        }
        assertThat(basic(PASSWORD)).isEqualTo(HttpStatus.OK);
        for (int i = 0; i < 4; i++) {
            basic(WRONG);
        }

        assertThat(basic(PASSWORD)).as("4 + 4 failures with a success between").isEqualTo(HttpStatus.OK);
    }

    @Test
    void theLoginFormCountsToo() throws Exception {
        Browsers browser = new Browsers(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(username, WRONG)).isFalse();
        }

        assertThat(browser.signIn(username, PASSWORD)).as("locked on the form").isFalse();
        assertThat(basic(PASSWORD)).as("locked on the API as well").isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
