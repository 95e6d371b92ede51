package org.ablationpath.board.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardDecisionRepository extends JpaRepository<BoardDecisionEntity, UUID> {
    List<BoardDecisionEntity> findByCaseIdOrderByDecidedAtDesc(UUID caseId);

    boolean existsByTaskId(String taskId);
}
