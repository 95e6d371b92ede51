package org.ablationpath.followup.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EndOfFollowUpRepository extends JpaRepository<EndOfFollowUpEntity, UUID> {

    Optional<EndOfFollowUpEntity> findByCaseId(UUID caseId);

    boolean existsByCaseId(UUID caseId);
}
