package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.ablationpath.followup.VitalStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VitalStatusRepository extends JpaRepository<VitalStatusEntity, UUID> {

    @Query("select s from VitalStatusEntity s where s.caseId = :caseId"
            + " order by s.lastContactDate desc, s.createdAt desc")
    List<VitalStatusEntity> findByCaseIdOrderByLastContactDateDescCreatedAtDesc(@Param("caseId") UUID caseId);

    @Query("select count(s) > 0 from VitalStatusEntity s where s.caseId = :caseId and s.status = :status")
    boolean existsByCaseIdAndStatus(@Param("caseId") UUID caseId, @Param("status") VitalStatus status);

    @Query("select count(s) > 0 from VitalStatusEntity s where s.taskId = :taskId")
    boolean existsByTaskId(@Param("taskId") String taskId);
}
