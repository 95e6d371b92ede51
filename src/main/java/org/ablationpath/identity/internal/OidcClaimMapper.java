package org.ablationpath.identity.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.ablationpath.identity.Role;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Reads an OIDC user's username, roles and centers from the ID token / user info claims
 * ({@code ablationpath.security.oidc.*}). A claim may be a list, a space- or comma-separated string, or a dotted
 * path into nested claims (Keycloak's {@code realm_access.roles}). Role values are our role names after the
 * configured prefix; values that are not one of our roles are ignored.
 */
class OidcClaimMapper {

    private final IdentitySecurityProperties.Oidc settings;

    OidcClaimMapper(IdentitySecurityProperties.Oidc settings) {
        this.settings = settings;
    }

    MappedUser map(Map<String, Object> claims) {
        Object username = claim(claims, settings.usernameClaim());
        if (!(username instanceof String name) || name.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info",
                    "The identity provider sent no " + settings.usernameClaim() + " claim.", null));
        }
        Set<Role> roles = new LinkedHashSet<>();
        for (String value : values(claim(claims, settings.rolesClaim()))) {
            String prefix = settings.rolePrefix();
            if (!value.startsWith(prefix)) {
                continue;
            }
            String roleName = value.substring(prefix.length());
            for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(roleName)) {
                    roles.add(role);
                }
            }
        }
        Set<String> centers = new LinkedHashSet<>(values(claim(claims, settings.centersClaim())));
        return new MappedUser(name.trim().toLowerCase(java.util.Locale.ROOT), roles, centers);
    }

    private static Object claim(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static Set<String> values(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> list) {
            list.stream().filter(v -> v != null).map(v -> v.toString().trim()).filter(v -> !v.isEmpty()).forEach(values::add);
        } else if (claim instanceof String text) {
            for (String v : text.split("[\\s,]+")) {
                if (!v.isBlank()) {
                    values.add(v.trim());
                }
            }
        }
        return values;
    }

    record MappedUser(String username, Set<Role> roles, Set<String> centerIds) {
    }
}
