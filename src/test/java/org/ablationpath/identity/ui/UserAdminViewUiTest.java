package org.ablationpath.identity.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.Set;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.UserAdministration;
import org.ablationpath.identity.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The user administration screen: errors beside their fields, a created user, disabling and enabling. */
@AblationPathTest
class UserAdminViewUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAdministration administration;
    @Autowired
    UserDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    private UserAdminView view;

    @BeforeEach
    void openScreen() {
        // the real Vaadin servlet must start before any mocked one, or it takes over the mock's configuration
        // (and later browser tests find no index.html)
        rest.getForEntity("/login", String.class);
        MockedScreens.signIn("admin", "C01", "ADMIN");
        MockedScreens.open(context);
        view = new UserAdminView(administration, directory);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void theGridListsTheUsers() {
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(8);
        assertThat(view.createForm.isVisible()).isFalse();
        assertThat(view.editForm.isVisible()).isFalse();
    }

    @Test
    void anEmptyFormShowsEachErrorBesideItsField() {
        int before = countUsers();
        _click(view.newUser);
        assertThat(view.createForm.isVisible()).isTrue();

        _click(view.create);

        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.roles.isInvalid()).isTrue();
        assertThat(view.centers.isInvalid()).isFalse();
        assertThat(countUsers()).isEqualTo(before);
    }

    @Test
    void aTakenUsernameAndAWeakPasswordAreShownBesideTheirFields() {
        _click(view.newUser);
        _setValue(view.username, "nurse");
        _setValue(view.displayName, "Another nurse");
        _setValue(view.password, "short-pw1");
        _setValue(view.roles, Set.of(Role.NURSE));

        _click(view.create);

        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).contains("taken");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("12");
        assertThat(view.centers.isInvalid()).as("a nurse needs a center").isTrue();
        assertThat(view.displayName.isInvalid()).isFalse();
    }

    @Test
    void createsAUserThenDisablesAndEnablesThem() {
        String username = "ui" + System.nanoTime();
        _click(view.newUser);
        _setValue(view.username, username);
        _setValue(view.displayName, "UI Test Nurse");
        _setValue(view.password, "amber-kettle-orbit-9");
        _setValue(view.roles, Set.of(Role.NURSE));
        _setValue(view.centers, Set.of("C01"));

        _click(view.create);

        assertThat(view.createForm.isVisible()).isFalse();
        assertThat(view.editForm.isVisible()).isTrue();
        assertThat(view.editTitle.getText()).isEqualTo(username);
        assertThat(view.status.getText()).isEqualTo("Must change password");
        assertThat(directory.find(username)).isPresent();

        assertThat(view.toggleEnabled.getText()).isEqualTo("Disable");
        _click(view.toggleEnabled);

        assertThat(view.status.getText()).isEqualTo("Disabled");
        assertThat(view.toggleEnabled.getText()).isEqualTo("Enable");
        assertThat(directory.find(username).orElseThrow().enabled()).isFalse();

        _click(view.toggleEnabled);
        assertThat(directory.find(username).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aTemporaryPasswordBelowThePolicyIsShownBesideItsField() {
        view.select("nurse2");
        _setValue(view.temporaryPassword, "nurse2");

        _click(view.resetPassword);

        assertThat(view.temporaryPassword.isInvalid()).isTrue();
        assertThat(administration.get("nurse2").passwordChangeRequired()).isFalse();
    }

    @Test
    void aLockedUserIsShownLockedAndUnlocked() {
        String username = "uilock" + System.nanoTime();
        directory.create(username, "amber-kettle-orbit-9", "Locked Nurse", Set.of(Role.NURSE), Set.of("C01"));
        for (int i = 0; i < 5; i++) {
            rest.withBasicAuth(username, "wrong-password-12").getForEntity("/api/tasks", String.class);
        }

        view.select(username);
        assertThat(view.status.getText()).startsWith("Locked until");
        assertThat(view.unlock.isEnabled()).isTrue();

        _click(view.unlock);

        assertThat(view.status.getText()).isEqualTo("Active");
        assertThat(view.unlock.isEnabled()).isFalse();
        assertThat(rest.withBasicAuth(username, "amber-kettle-orbit-9").getForEntity("/api/tasks", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    private int countUsers() {
        return jdbc.queryForObject("select count(*) from app.app_user", Integer.class);
    }
}
