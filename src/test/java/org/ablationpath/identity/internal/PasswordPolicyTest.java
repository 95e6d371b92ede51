package org.ablationpath.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.ablationpath.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;

/** The local password policy: length, not the username, not a common password; configurable. */
class PasswordPolicyTest {

    private final PasswordPolicy defaults = policy(12, List.of());

    @Test
    void aLongUncommonPasswordPasses() {
        assertThat(defaults.check("password", "nurse7", "amber-kettle-orbit-9")).isEmpty();
    }

    @Test
    void tooShortIsRefusedOnTheNamedField() {
        List<FieldProblem> problems = defaults.check("newPassword", "nurse7", "short-pw");

        assertThat(problems).extracting(FieldProblem::field).containsExactly("newPassword");
        assertThat(problems).extracting(FieldProblem::rule).containsExactly("PASSWORD-LENGTH");
        assertThat(problems.get(0).message()).contains("12");
    }

    @Test
    void theUsernameIsRefusedWhateverTheCase() {
        assertThat(defaults.check("password", "radiologist12", "RADIOLOGIST12")).extracting(FieldProblem::rule)
                .containsExactly("PASSWORD-USERNAME");
    }

    @Test
    void commonPasswordsAreRefused() {
        assertThat(defaults.check("password", "x1", "Password1234")).extracting(FieldProblem::rule)
                .containsExactly("PASSWORD-COMMON");
        assertThat(defaults.check("password", "x1", "123456789012")).extracting(FieldProblem::rule)
                .containsExactly("PASSWORD-COMMON");
    }

    @Test
    void emptyIsRequired() {
        assertThat(defaults.check("password", "x1", "")).extracting(FieldProblem::rule).containsExactly("PASSWORD-REQUIRED");
        assertThat(defaults.check("password", "x1", null)).extracting(FieldProblem::rule).containsExactly("PASSWORD-REQUIRED");
    }

    @Test
    void lengthAndExtraForbiddenWordsAreConfigurable() {
        PasswordPolicy local = policy(16, List.of("Our-Hospital-2026"));

        assertThat(local.check("password", "x1", "amber-kettle-9")).extracting(FieldProblem::rule)
                .containsExactly("PASSWORD-LENGTH");
        assertThat(local.check("password", "x1", "our-hospital-2026")).extracting(FieldProblem::rule)
                .contains("PASSWORD-COMMON");
    }

    static PasswordPolicy policy(int minLength, List<String> extra) {
        return new PasswordPolicy(new IdentitySecurityProperties(
                new IdentitySecurityProperties.Password(minLength, 128, extra),
                new IdentitySecurityProperties.Lockout(5, Duration.ofMinutes(15)),
                new IdentitySecurityProperties.Oidc(false, "preferred_username", "roles", "", "centers")));
    }
}
