package org.ablationpath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the signed-in user's authentication says without a database read: roles, centers, a temporary password. */
class CurrentUserTest {

    private final CurrentUser currentUser = new CurrentUser();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignInWithATemporaryPasswordCarriesItsAuthority() {
        signIn("nurse9", "ROLE_NURSE", "CENTER_C01", CurrentUser.PASSWORD_CHANGE_REQUIRED_AUTHORITY);

        assertThat(currentUser.signedInWithTemporaryPassword()).isTrue();
        assertThat(currentUser.roles()).containsExactly(Role.NURSE);
        assertThat(currentUser.centerIds()).containsExactly("C01");
    }

    @Test
    void anOrdinarySignInAndNobodyNeedNoPasswordChange() {
        signIn("nurse9", "ROLE_NURSE", "CENTER_C01");
        assertThat(currentUser.signedInWithTemporaryPassword()).isFalse();

        SecurityContextHolder.clearContext();
        assertThat(currentUser.signedInWithTemporaryPassword()).isFalse();
        assertThat(currentUser.isAuthenticated()).isFalse();
    }

    private static void signIn(String username, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(authorities).stream().map(SimpleGrantedAuthority::new).toList()));
    }
}
