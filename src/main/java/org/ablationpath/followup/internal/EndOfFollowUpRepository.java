package org.ablationpath.followup.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EndOfFollowUpRepository extends JpaRepository<EndOfFollowUpEntity, UUID> {

    @Query("select e from EndOfFollowUpEntity e where e.caseId = :caseId")
    Optional<EndOfFollowUpEntity> findByCaseId(@Param("caseId") UUID caseId);

    @Query("select count(e) > 0 from EndOfFollowUpEntity e where e.caseId = :caseId")
    boolean existsByCaseId(@Param("caseId") UUID caseId);
}
