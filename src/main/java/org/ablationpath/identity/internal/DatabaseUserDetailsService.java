package org.ablationpath.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.ablationpath.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for form login (screens) and HTTP Basic (API): roles and center memberships become authorities, a
 * lockout after failed sign-ins makes the account locked, and a temporary password adds
 * {@link CurrentUser#PASSWORD_CHANGE_REQUIRED_AUTHORITY} (the API refuses them until they change it). Hashes of an
 * older algorithm are rehashed on a successful sign-in.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AppUserRepository users;
    private final LoginAttempts attempts;

    DatabaseUserDetailsService(AppUserRepository users, LoginAttempts attempts) {
        this.users = users;
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUserEntity user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        user.centerIds().forEach(center -> authorities.add(new SimpleGrantedAuthority(CurrentUser.CENTER_AUTHORITY_PREFIX + center)));
        if (user.passwordChangeRequired()) {
            authorities.add(new SimpleGrantedAuthority(CurrentUser.PASSWORD_CHANGE_REQUIRED_AUTHORITY));
        }
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .accountLocked(attempts.locked(user.id()))
                .authorities(authorities)
                .build();
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        users.findByUsername(user.getUsername()).ifPresent(entity -> entity.upgradeHash(newPasswordHash));
        return User.withUserDetails(user).password(newPasswordHash).build();
    }
}
