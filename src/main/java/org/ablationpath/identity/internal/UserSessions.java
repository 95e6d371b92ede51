package org.ablationpath.identity.internal;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends a user's screen sessions through the session registry: an expired session is signed out on its next
 * request. The registry is per node: with sticky sessions behind a proxy each node ends the sessions it holds.
 */
@Component
class UserSessions {

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Marks every session of {@code username} expired; returns how many there were. */
    int endAll(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (username.equals(nameOf(principal))) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    private static String nameOf(Object principal) {
        if (principal instanceof UserDetails user) {
            return user.getUsername();
        }
        if (principal instanceof AuthenticatedPrincipal named) {
            return named.getName();
        }
        return String.valueOf(principal);
    }
}
