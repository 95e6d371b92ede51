package org.ablationpath.board.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardDecisionRepository extends JpaRepository<BoardDecisionEntity, UUID> {
    List<BoardDecisionEntity> findByCaseIdOrderByDecidedAtDesc(UUID caseId);

    Optional<BoardDecisionEntity> findFirstByCaseIdOrderByDecidedAtDesc(UUID caseId);

    boolean existsByTaskId(String taskId);
}
