package org.ablationpath.procedure.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionRepository extends JpaRepository<SessionEntity, UUID> {

    List<SessionEntity> findByCaseIdOrderBySessionNumber(UUID caseId);

    Optional<SessionEntity> findFirstByCaseIdOrderBySessionNumberDesc(UUID caseId);

    long countByCaseId(UUID caseId);

    boolean existsByChecklistId(UUID checklistId);

    boolean existsByTaskId(String taskId);
}
