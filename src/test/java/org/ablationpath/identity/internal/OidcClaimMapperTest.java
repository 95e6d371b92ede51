package org.ablationpath.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.ablationpath.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** How the claims of a hospital identity provider become our username, roles and centers. */
class OidcClaimMapperTest {

    private static OidcClaimMapper mapper(String rolesClaim, String prefix, String centersClaim) {
        return new OidcClaimMapper(new IdentitySecurityProperties.Oidc(true, "preferred_username", rolesClaim, prefix, centersClaim));
    }

    @Test
    void defaultClaimsCarryRoleNamesAndCenters() {
        OidcClaimMapper.MappedUser user = mapper("roles", "", "centers").map(Map.of(
                "sub", "8d1f-42", "preferred_username", "Dr.Lin",
                "roles", List.of("TUMOR_BOARD", "BOARD_CHAIR", "offline_access"),
                "centers", List.of("C01", "C02")));

        assertThat(user.username()).isEqualTo("dr.lin");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.TUMOR_BOARD, Role.BOARD_CHAIR);
        assertThat(user.centerIds()).containsExactlyInAnyOrder("C01", "C02");
    }

    @Test
    void keycloakRealmRolesWithAPrefixAndACenterString() {
        OidcClaimMapper.MappedUser user = mapper("realm_access.roles", "ablationpath-", "center").map(Map.of(
                "preferred_username", "nurse.chen",
                "realm_access", Map.of("roles", List.of("ablationpath-NURSE", "NURSE_OF_ANOTHER_APP", "uma_authorization")),
                "center", "C02 C03"));

        assertThat(user.roles()).containsExactly(Role.NURSE);
        assertThat(user.centerIds()).containsExactlyInAnyOrder("C02", "C03");
    }

    @Test
    void noRolesOrCentersClaimGivesNone() {
        OidcClaimMapper.MappedUser user = mapper("roles", "", "centers").map(Map.of("preferred_username", "guest"));

        assertThat(user.roles()).isEmpty();
        assertThat(user.centerIds()).isEmpty();
    }

    @Test
    void aMissingUsernameClaimIsRefused() {
        assertThatThrownBy(() -> mapper("roles", "", "centers").map(Map.of("sub", "x", "roles", List.of("ADMIN"))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }
}
