package org.ablationpath.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins in the database and locks an account after too many (ablationpath.security.lockout.*). */
@Service
class LoginAttempts {

    private final LoginAttemptRepository attempts;
    private final AppUserRepository users;
    private final IdentitySecurityProperties.Lockout settings;
    private final Clock clock;

    LoginAttempts(LoginAttemptRepository attempts, AppUserRepository users, IdentitySecurityProperties properties, Clock clock) {
        this.attempts = attempts;
        this.users = users;
        this.settings = properties.lockout();
        this.clock = clock;
    }

    /** A wrong password for {@code username}; unknown usernames leave no trace. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username) {
        users.findByUsername(username).ifPresent(user ->
                row(user.id()).failed(clock.instant(), settings.maxFailedAttempts(), settings.duration()));
    }

    /** A successful sign-in resets the count (written only when there is something to reset). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        users.findByUsername(username).ifPresent(user -> {
            LoginAttemptEntity row = attempts.findById(user.id()).orElse(null);
            if (row != null && !row.clean()) {
                row(user.id()).reset();
            }
        });
    }

    @Transactional
    public void unlock(UUID userId) {
        row(userId).reset();
    }

    @Transactional(readOnly = true)
    public boolean locked(UUID userId) {
        return attempts.findById(userId).map(a -> a.lockedAt(clock.instant())).orElse(false);
    }

    @Transactional(readOnly = true)
    public LoginState state(UUID userId) {
        Instant now = clock.instant();
        return attempts.findById(userId)
                .map(a -> new LoginState(a.lockedUntil(now), a.failedAttempts(now)))
                .orElse(new LoginState(null, 0));
    }

    void created(UUID userId) {
        attempts.save(new LoginAttemptEntity(userId));
    }

    private LoginAttemptEntity row(UUID userId) {
        return attempts.findForUpdate(userId).orElseGet(() -> attempts.save(new LoginAttemptEntity(userId)));
    }

    record LoginState(Instant lockedUntil, int failedAttempts) {
        boolean locked() {
            return lockedUntil != null;
        }
    }
}
