package org.ablationpath.outcomes.exchange.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegistryCaseRepository extends JpaRepository<RegistryCaseEntity, UUID> {
    @Query("select r from RegistryCaseEntity r where r.caseId in :caseIds")
    List<RegistryCaseEntity> findByCaseIdIn(@Param("caseIds") Collection<UUID> caseIds);
}
