package org.ablationpath.eligibility.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredEvaluationRepository extends JpaRepository<StoredEvaluationEntity, UUID> {
    Optional<StoredEvaluationEntity> findFirstByCaseIdOrderByEvaluatedAtDesc(UUID caseId);

    List<StoredEvaluationEntity> findByCaseIdOrderByEvaluatedAtDesc(UUID caseId);
}
