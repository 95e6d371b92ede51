package org.ablationpath.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.identity.Role;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUserEntity, UUID> {
    @Query("select u from AppUserEntity u where u.username = :username")
    Optional<AppUserEntity> findByUsername(@Param("username") String username);

    /** Ids of users holding the role, cut by the limit: a role may be held by many, one row answers existence. */
    @Query("select u.id from AppUserEntity u where :role member of u.roles")
    List<UUID> idsWithRole(@Param("role") Role role, Limit limit);

    default boolean existsByRolesContaining(Role role) {
        return !idsWithRole(role, Limit.of(1)).isEmpty();
    }
}
