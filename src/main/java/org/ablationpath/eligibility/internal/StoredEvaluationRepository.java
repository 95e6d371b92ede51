package org.ablationpath.eligibility.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoredEvaluationRepository extends JpaRepository<StoredEvaluationEntity, UUID> {
    @Query("select e from StoredEvaluationEntity e where e.caseId = ?1 order by e.evaluatedAt desc limit 1")
    Optional<StoredEvaluationEntity> findFirstByCaseIdOrderByEvaluatedAtDesc(UUID caseId);

    @Query("select e from StoredEvaluationEntity e where e.caseId = :caseId order by e.evaluatedAt desc")
    List<StoredEvaluationEntity> findByCaseIdOrderByEvaluatedAtDesc(@Param("caseId") UUID caseId);
}
