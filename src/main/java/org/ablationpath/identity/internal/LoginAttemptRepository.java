package org.ablationpath.identity.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LoginAttemptRepository extends JpaRepository<LoginAttemptEntity, UUID> {

    /** Row-locked, so concurrent sign-ins (on any node) count every failure. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LoginAttemptEntity a where a.userId = :userId")
    Optional<LoginAttemptEntity> findForUpdate(UUID userId);
}
