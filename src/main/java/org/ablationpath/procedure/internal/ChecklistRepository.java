package org.ablationpath.procedure.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChecklistRepository extends JpaRepository<ChecklistEntity, UUID> {

    @Query("select c from ChecklistEntity c where c.caseId = :caseId order by c.createdAt desc limit 1")
    Optional<ChecklistEntity> findFirstByCaseIdOrderByCreatedAtDesc(@Param("caseId") UUID caseId);

    @Query("select count(c) > 0 from ChecklistEntity c where c.taskId = :taskId")
    boolean existsByTaskId(@Param("taskId") String taskId);
}
