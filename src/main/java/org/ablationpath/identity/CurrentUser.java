package org.ablationpath.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user as the services see it: name, roles and the centers whose patients they may see.
 * Services use it to scope every query, so isolation does not depend on what the screens hide.
 */
@Component
public class CurrentUser {

    /** Authority prefix carrying center membership in the authentication, so scoping needs no database read. */
    public static final String CENTER_AUTHORITY_PREFIX = "CENTER_";

    /** Authority of a user who signed in with a temporary password (an admin's reset ends their other sessions). */
    public static final String PASSWORD_CHANGE_REQUIRED_AUTHORITY = "PASSWORD_CHANGE_REQUIRED";

    public String username() {
        Authentication auth = authentication();
        return auth == null ? "system" : auth.getName();
    }

    public boolean isAuthenticated() {
        Authentication auth = authentication();
        return auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName());
    }

    public Set<Role> roles() {
        Authentication auth = authentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .flatMap(name -> {
                    try {
                        return java.util.stream.Stream.of(Role.valueOf(name));
                    } catch (IllegalArgumentException unknown) {
                        return java.util.stream.Stream.empty();
                    }
                })
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether this sign-in was made with a temporary password; read from the authentication, no database read. */
    public boolean signedInWithTemporaryPassword() {
        Authentication auth = authentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> PASSWORD_CHANGE_REQUIRED_AUTHORITY.equals(a.getAuthority()));
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /** Centers of the signed-in user; empty when nobody is signed in. */
    public Set<String> centerIds() {
        Authentication auth = authentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(CENTER_AUTHORITY_PREFIX))
                .map(a -> a.substring(CENTER_AUTHORITY_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The center a new record of this user belongs to: their first center (users of several centers pick later). */
    public String primaryCenterId() {
        return centerIds().stream().sorted().findFirst()
                .orElseThrow(() -> new IllegalStateException("The signed-in user belongs to no center"));
    }

    public boolean canSeeCenter(String centerId) {
        return centerIds().contains(centerId);
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
