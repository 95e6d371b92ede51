package org.ablationpath.pathway.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeviationRepository extends JpaRepository<DeviationEntity, UUID> {
    List<DeviationEntity> findByCaseIdOrderByOccurredAtAsc(UUID caseId);

    java.util.Optional<DeviationEntity> findByCaseIdAndCodeAndSubject(UUID caseId, org.ablationpath.pathway.DeviationCode code, String subject);
}
