package org.ablationpath.identity;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.json;
import static org.ablationpath.TestCases.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code /api/admin/users}: ADMIN only, problems naming fields, 409 on a stale version; passwords never leave. */
@AblationPathTest
class UserAdminApiTest {

    private static final String USERS = "/api/admin/users";
    private static final String PASSWORD = "amber-kettle-orbit-9";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    private TestRestTemplate admin() {
        return rest.withBasicAuth("admin", "demo");
    }

    private static ResponseEntity<JsonNode> patch(TestRestTemplate client, String path, Object body) {
        return client.exchange(path, HttpMethod.PATCH, json(body), JsonNode.class);
    }

    private String createNurse() {
        String username = "api" + System.nanoTime();
        ResponseEntity<JsonNode> created = post(admin(), USERS, Map.of("username", username, "displayName", "API Nurse",
                "password", PASSWORD, "roles", List.of("NURSE"), "centerIds", List.of("C01")));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return username;
    }

    @Test
    void onlyAdministratorsMayUseIt() {
        for (String user : List.of("nurse", "physician", "chair", "datamanager")) {
            assertThat(get(rest.withBasicAuth(user, "demo"), USERS).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post(rest.withBasicAuth(user, "demo"), USERS + "/nurse/unlock", Map.of()).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(get(rest, USERS).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void listsUsersWithoutPasswords() {
        ResponseEntity<JsonNode> page = get(admin(), USERS + "?limit=500");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody().path("total").asInt()).isGreaterThanOrEqualTo(8);
        List<String> names = StreamSupport.stream(page.getBody().path("users").spliterator(), false)
                .map(u -> u.path("username").asText()).toList();
        assertThat(names).contains("admin", "nurse2");
        assertThat(page.getBody().toString()).doesNotContain("password_hash").doesNotContain("argon2").doesNotContain("bcrypt");
    }

    @Test
    void createsAUserWhoMustChangeTheInitialPassword() {
        String username = createNurse();

        JsonNode user = get(admin(), USERS + "/" + username).getBody();
        assertThat(user.path("roles").get(0).asText()).isEqualTo("NURSE");
        assertThat(user.path("centerIds").get(0).asText()).isEqualTo("C01");
        assertThat(user.path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select password_hash from app.app_user where username = ?", String.class, username))
                .startsWith("{argon2@SpringSecurity_v5_8}");
        // until the user chooses a password of their own, the API refuses them
        assertThat(get(rest.withBasicAuth(username, PASSWORD), "/api/tasks").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void invalidInputNamesEveryField() {
        ResponseEntity<JsonNode> answer = post(admin(), USERS, Map.of("username", "Not Valid!", "displayName", " ",
                "password", "short", "roles", List.of(), "centerIds", List.of("C99")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fields(answer.getBody())).contains("username", "displayName", "password", "roles", "centerIds");
    }

    @Test
    void anUnknownFieldIsNamed() {
        ResponseEntity<JsonNode> answer = post(admin(), USERS, Map.of("username", "x" + System.nanoTime(), "displayName", "X",
                "password", PASSWORD, "roles", List.of("NURSE"), "centerIds", List.of("C01"), "isRoot", true));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer.getBody())).containsExactly("isRoot");
    }

    @Test
    void anUnknownRoleIsNamedByItsPosition() {
        ResponseEntity<JsonNode> answer = post(admin(), USERS, Map.of("username", "x" + System.nanoTime(), "displayName", "X",
                "password", PASSWORD, "roles", List.of("SURGEON"), "centerIds", List.of("C01")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer.getBody())).containsExactly("roles[0]");
    }

    @Test
    void aTakenUsernameIsRefused() {
        ResponseEntity<JsonNode> answer = post(admin(), USERS, Map.of("username", "nurse", "displayName", "Again",
                "password", PASSWORD, "roles", List.of("NURSE"), "centerIds", List.of("C01")));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(answer.getBody())).containsExactly("username");
    }

    @Test
    void changesRolesAndCentersAgainstTheVersionAndRefusesAStaleOne() {
        String username = createNurse();
        long version = get(admin(), USERS + "/" + username).getBody().path("version").asLong();

        ResponseEntity<JsonNode> changed = patch(admin(), USERS + "/" + username,
                Map.of("version", version, "roles", List.of("NURSE", "DATA_MANAGER"), "centerIds", List.of("C01", "C02")));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().path("centerIds")).hasSize(2);
        assertThat(changed.getBody().path("version").asLong()).isGreaterThan(version);

        ResponseEntity<JsonNode> stale = patch(admin(), USERS + "/" + username, Map.of("version", version, "enabled", false));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(get(admin(), USERS + "/" + username).getBody().path("enabled").asBoolean()).isTrue();

        ResponseEntity<JsonNode> noVersion = patch(admin(), USERS + "/" + username, Map.of("enabled", false));
        assertThat(noVersion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(noVersion.getBody())).containsExactly("version");
    }

    @Test
    void aDisabledUserCannotSignIn() {
        String username = "dis" + System.nanoTime();
        post(admin(), USERS, Map.of("username", username, "displayName", "Soon disabled", "password", PASSWORD,
                "roles", List.of("NURSE"), "centerIds", List.of("C01")));
        long version = get(admin(), USERS + "/" + username).getBody().path("version").asLong();

        ResponseEntity<JsonNode> disabled = admin().exchange(USERS + "/" + username, HttpMethod.PUT,
                json(Map.of("version", version, "enabled", false)), JsonNode.class);

        assertThat(disabled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(disabled.getBody().path("enabled").asBoolean()).isFalse();
        assertThat(get(rest.withBasicAuth(username, PASSWORD), "/api/tasks").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aPasswordResetFollowsThePolicyAndRequiresAChange() {
        String username = createNurse();

        ResponseEntity<JsonNode> weak = post(admin(), USERS + "/" + username + "/password-reset",
                Map.of("temporaryPassword", username));
        assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(weak.getBody())).containsOnly("temporaryPassword");

        ResponseEntity<JsonNode> reset = post(admin(), USERS + "/" + username + "/password-reset",
                Map.of("temporaryPassword", "temporary-pass-4711"));
        assertThat(reset.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get(admin(), USERS + "/" + username).getBody().path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(get(rest.withBasicAuth(username, PASSWORD), "/api/tasks").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThat(get(admin(), USERS + "/nobody-here").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(admin(), USERS + "/nobody-here/unlock", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.path("errors").spliterator(), false).map(e -> e.path("field").asText()).toList();
    }
}
