package org.ablationpath.eligibility.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredEvaluationRepository extends JpaRepository<StoredEvaluationEntity, UUID> {
    @Query("select e from StoredEvaluationEntity e where e.caseId = ?1 order by e.evaluatedAt desc limit 1")
    Optional<StoredEvaluationEntity> findFirstByCaseIdOrderByEvaluatedAtDesc(UUID caseId);

    List<StoredEvaluationEntity> findByCaseIdOrderByEvaluatedAtDesc(UUID caseId);
}
