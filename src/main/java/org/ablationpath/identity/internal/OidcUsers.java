package org.ablationpath.identity.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ablationpath.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An OIDC sign-in becomes a local user: matched by the username claim (created when new, with an unusable local
 * password), with roles and centers taken from the claims on every sign-in. A disabled local user stays out.
 */
class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final OidcClaimMapper mapper;
    private final AppUserRepository users;
    private final CenterRepository centers;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final String usernameAttribute;

    OidcUsers(OidcClaimMapper mapper, AppUserRepository users, CenterRepository centers, LoginAttempts attempts,
              PasswordEncoder encoder, TransactionTemplate transaction, String usernameAttribute) {
        this.mapper = mapper;
        this.users = users;
        this.centers = centers;
        this.attempts = attempts;
        this.encoder = encoder;
        this.transaction = transaction;
        this.usernameAttribute = usernameAttribute;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidc = delegate.loadUser(request);
        Map<String, Object> claims = new HashMap<>(oidc.getClaims());
        OidcClaimMapper.MappedUser claimed = mapper.map(claims);
        // centers the provider names but this installation does not know are left out
        OidcClaimMapper.MappedUser mapped = new OidcClaimMapper.MappedUser(claimed.username(), claimed.roles(),
                claimed.centerIds().stream().filter(centers::existsById).collect(java.util.stream.Collectors.toSet()));
        String displayName = oidc.getFullName() == null || oidc.getFullName().isBlank() ? mapped.username() : oidc.getFullName();
        AppUserEntity user = transaction.execute(status -> {
            AppUserEntity entity = users.findByUsername(mapped.username()).orElse(null);
            if (entity == null) {
                entity = users.saveAndFlush(new AppUserEntity(mapped.username(), encoder.encode(randomSecret()), displayName,
                        mapped.roles(), mapped.centerIds()));
                attempts.created(entity.id());
            } else if (entity.enabled()) {
                // only real changes: an unchanged sign-in must not bump the version an administrator edits against
                if (!entity.roles().equals(mapped.roles())) {
                    entity.assignRoles(mapped.roles());
                }
                if (!entity.centerIds().equals(mapped.centerIds())) {
                    entity.assignCenters(mapped.centerIds());
                }
            }
            return entity;
        });
        if (!user.enabled()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", "This user is disabled.", null));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        mapped.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        mapped.centerIds().forEach(center -> authorities.add(new SimpleGrantedAuthority(CurrentUser.CENTER_AUTHORITY_PREFIX + center)));
        // the principal's name is our username, whatever the provider's subject id looks like
        Map<String, Object> withUsername = new HashMap<>(claims);
        withUsername.put(usernameAttribute, mapped.username());
        return new DefaultOidcUser(authorities, oidc.getIdToken(),
                new org.springframework.security.oauth2.core.oidc.OidcUserInfo(withUsername), usernameAttribute);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }
}
