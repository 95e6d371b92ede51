package org.ablationpath.safety.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MortalityReviewRepository extends JpaRepository<MortalityReviewEntity, UUID> {

    boolean existsByTaskId(String taskId);

    List<MortalityReviewEntity> findByCaseIdOrderByReviewDateDescCreatedAtDesc(UUID caseId);
}
