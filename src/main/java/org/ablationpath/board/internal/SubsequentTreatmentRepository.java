package org.ablationpath.board.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubsequentTreatmentRepository extends JpaRepository<SubsequentTreatmentEntity, UUID> {
    List<SubsequentTreatmentEntity> findByCaseIdOrderByCreatedAtDesc(UUID caseId);

    boolean existsByTaskId(String taskId);
}
