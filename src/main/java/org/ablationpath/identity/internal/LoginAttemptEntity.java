package org.ablationpath.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Failed sign-ins in a row of one user, and until when the account is locked because of them. */
@Entity
@Table(name = "app_user_login")
class LoginAttemptEntity {
    @Id
    @Column(name = "user_id")
    private UUID userId;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "last_failure_at")
    private Instant lastFailureAt;
    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginAttemptEntity() {
    }

    LoginAttemptEntity(UUID userId) {
        this.userId = userId;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong password; the {@code maxAttempts}-th in a row locks the account for {@code duration}. */
    void failed(Instant now, int maxAttempts, Duration duration) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            // the previous lock ran out: counting starts again
            reset();
        }
        failedAttempts++;
        lastFailureAt = now;
        if (failedAttempts >= maxAttempts && lockedUntil == null) {
            lockedUntil = now.plus(duration);
        }
    }

    boolean clean() {
        return failedAttempts == 0 && lockedUntil == null;
    }

    void reset() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    int failedAttempts(Instant now) {
        return lockedUntil != null && !lockedUntil.isAfter(now) ? 0 : failedAttempts;
    }

    Instant lockedUntil(Instant now) {
        return lockedAt(now) ? lockedUntil : null;
    }
}
