package org.ablationpath.board.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SubsequentTreatmentRepository extends JpaRepository<SubsequentTreatmentEntity, UUID> {
    @Query("select t from SubsequentTreatmentEntity t where t.caseId = :caseId order by t.createdAt desc")
    List<SubsequentTreatmentEntity> findByCaseIdOrderByCreatedAtDesc(@Param("caseId") UUID caseId);

    @Query("select count(t) > 0 from SubsequentTreatmentEntity t where t.taskId = :taskId")
    boolean existsByTaskId(@Param("taskId") String taskId);
}
