package org.ablationpath.outcomes.exchange.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistryCaseRepository extends JpaRepository<RegistryCaseEntity, UUID> {
    List<RegistryCaseEntity> findByCaseIdIn(Collection<UUID> caseIds);
}
