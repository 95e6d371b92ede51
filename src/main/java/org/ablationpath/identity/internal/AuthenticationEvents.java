package org.ablationpath.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Spring Security's authentication events (form login, HTTP Basic, Cockpit alike) feed the lockout counter.
 * Attempts on a locked account raise a "locked" event, not a bad-credentials one, so they do not extend the lock.
 */
@Component
class AuthenticationEvents {

    private final LoginAttempts attempts;

    AuthenticationEvents(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        attempts.failed(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName());
    }
}
