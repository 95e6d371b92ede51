package org.ablationpath.board.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BoardDecisionRepository extends JpaRepository<BoardDecisionEntity, UUID> {
    @Query("select d from BoardDecisionEntity d where d.caseId = ?1 order by d.decidedAt desc")
    List<BoardDecisionEntity> findByCaseIdOrderByDecidedAtDesc(UUID caseId);

    @Query("select d from BoardDecisionEntity d where d.caseId = :caseId order by d.decidedAt desc limit 1")
    Optional<BoardDecisionEntity> findFirstByCaseIdOrderByDecidedAtDesc(@Param("caseId") UUID caseId);

    @Query("select case when count(d) > 0 then true else false end from BoardDecisionEntity d where d.taskId = ?1")
    boolean existsByTaskId(String taskId);
}
