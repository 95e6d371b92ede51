package org.ablationpath.followup.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseFollowUpRepository extends JpaRepository<CaseFollowUpEntity, UUID> {

    @Query("select f from CaseFollowUpEntity f where f.caseId = :caseId")
    Optional<CaseFollowUpEntity> findByCaseId(@Param("caseId") UUID caseId);
}
