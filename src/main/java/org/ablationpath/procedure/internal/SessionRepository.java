package org.ablationpath.procedure.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionRepository extends JpaRepository<SessionEntity, UUID> {

    @Query("select s from SessionEntity s where s.caseId = ?1 order by s.sessionNumber")
    List<SessionEntity> findByCaseIdOrderBySessionNumber(UUID caseId);

    @Query("select s from SessionEntity s where s.caseId = ?1 order by s.sessionNumber desc limit 1")
    Optional<SessionEntity> findFirstByCaseIdOrderBySessionNumberDesc(UUID caseId);

    @Query("select count(s) from SessionEntity s where s.caseId = :caseId")
    long countByCaseId(@Param("caseId") UUID caseId);

    @Query("select count(s) > 0 from SessionEntity s where s.checklistId = :checklistId")
    boolean existsByChecklistId(@Param("checklistId") UUID checklistId);

    @Query("select case when count(s) > 0 then true else false end from SessionEntity s where s.taskId = ?1")
    boolean existsByTaskId(String taskId);
}
