package org.ablationpath.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.ablationpath.identity.Role;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUserEntity, UUID> {
    Optional<AppUserEntity> findByUsername(String username);

    boolean existsByRolesContaining(Role role);
}
