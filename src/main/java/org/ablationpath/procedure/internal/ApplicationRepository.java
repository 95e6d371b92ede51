package org.ablationpath.procedure.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<ApplicationEntity, UUID> {

    @Query("select a from ApplicationEntity a where a.caseId = ?1 order by a.position")
    List<ApplicationEntity> findByCaseIdOrderByPosition(UUID caseId);
}
