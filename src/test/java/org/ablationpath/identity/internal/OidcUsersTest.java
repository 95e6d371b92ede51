package org.ablationpath.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ablationpath.AblationPathTest;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.UserAccount;
import org.ablationpath.identity.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An OIDC sign-in (the ID token as a provider would send it; no provider runs here) creates or updates the local
 * user from the claims, with our username as the principal's name; unknown centers are left out; a disabled user
 * stays out.
 */
@AblationPathTest
class OidcUsersTest {

    @Autowired
    OidcUsers oidcUsers;
    @Autowired
    UserDirectory users;
    @Autowired
    JdbcTemplate jdbc;

    private static OidcUserRequest request(Map<String, Object> claims) {
        ClientRegistration keycloak = ClientRegistration.withRegistrationId("keycloak")
                .clientId("ablationpath").clientName("Hospital Keycloak")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://sso.hospital.example/auth").tokenUri("https://sso.hospital.example/token")
                .scope("openid").build();
        Instant now = Instant.now();
        OidcIdToken.Builder token = OidcIdToken.withTokenValue("id-token").issuer("https://sso.hospital.example")
                .subject("subject-" + claims.get("preferred_username")).issuedAt(now).expiresAt(now.plusSeconds(300));
        claims.forEach(token::claim);
        return new OidcUserRequest(keycloak, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access",
                now, now.plusSeconds(300), Set.of("openid")), token.build());
    }

    @Test
    void aNewProviderUserBecomesALocalUserWithTheClaimedRolesAndCenters() {
        String username = "sso" + System.nanoTime();

        OidcUser user = oidcUsers.loadUser(request(Map.of("preferred_username", username, "name", "Dr. Single Sign-On",
                "roles", List.of("TUMOR_BOARD", "offline_access"), "centers", List.of("C01", "C77"))));

        assertThat(user.getName()).isEqualTo(username);
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_TUMOR_BOARD", CurrentUser.CENTER_AUTHORITY_PREFIX + "C01");
        UserAccount account = users.find(username).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Dr. Single Sign-On");
        assertThat(account.roles()).containsExactly(Role.TUMOR_BOARD);
        assertThat(account.centerIds()).containsExactly("C01");
    }

    @Test
    void anExistingUserTakesTheRolesOfTheLatestSignIn() {
        String username = "sso" + System.nanoTime();
        users.create(username, "amber-kettle-orbit-9", "Known locally", Set.of(Role.NURSE), Set.of("C01"));

        oidcUsers.loadUser(request(Map.of("preferred_username", username, "roles", List.of("NURSE", "DATA_MANAGER"),
                "centers", List.of("C01", "C02"))));

        assertThat(users.find(username).orElseThrow().roles()).containsExactlyInAnyOrder(Role.NURSE, Role.DATA_MANAGER);
        assertThat(users.find(username).orElseThrow().centerIds()).containsExactlyInAnyOrder("C01", "C02");
    }

    @Test
    void aDisabledUserIsRefused() {
        String username = "sso" + System.nanoTime();
        users.create(username, "amber-kettle-orbit-9", "Disabled", Set.of(Role.NURSE), Set.of("C01"));
        jdbc.update("update app.app_user set enabled = false where username = ?", username);

        assertThatThrownBy(() -> oidcUsers.loadUser(request(Map.of("preferred_username", username, "roles", List.of("NURSE")))))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(users.find(username).orElseThrow().enabled()).isFalse();
    }
}
