package org.ablationpath.procedure.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistRepository extends JpaRepository<ChecklistEntity, UUID> {

    Optional<ChecklistEntity> findFirstByCaseIdOrderByCreatedAtDesc(UUID caseId);

    boolean existsByTaskId(String taskId);
}
