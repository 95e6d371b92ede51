package org.ablationpath.identity.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code ablationpath.security.*}: password policy, lockout and single sign-on (README, Security). */
@ConfigurationProperties("ablationpath.security")
record IdentitySecurityProperties(@DefaultValue Password password, @DefaultValue Lockout lockout, @DefaultValue Oidc oidc) {

    /** Local policy: at least {@code minLength} characters, not the username, not a commonly used password. */
    record Password(@DefaultValue("12") int minLength, @DefaultValue("128") int maxLength,
                    @DefaultValue List<String> extraForbidden) {
    }

    /** After {@code maxFailedAttempts} wrong passwords in a row the account is locked for {@code duration}. */
    record Lockout(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration duration) {
    }

    /**
     * Optional OpenID Connect sign-in (e.g. a hospital Keycloak) with the registrations under
     * {@code spring.security.oauth2.client}. Claims may be dotted paths ({@code realm_access.roles}).
     */
    record Oidc(@DefaultValue("false") boolean enabled,
                @DefaultValue("preferred_username") String usernameClaim,
                @DefaultValue("roles") String rolesClaim,
                @DefaultValue("") String rolePrefix,
                @DefaultValue("centers") String centersClaim) {
    }
}
