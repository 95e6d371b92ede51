package org.ablationpath.followup.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFollowUpRepository extends JpaRepository<CaseFollowUpEntity, UUID> {

    Optional<CaseFollowUpEntity> findByCaseId(UUID caseId);
}
