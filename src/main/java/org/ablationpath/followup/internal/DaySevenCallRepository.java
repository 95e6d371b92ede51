package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DaySevenCallRepository extends JpaRepository<DaySevenCallEntity, UUID> {

    @Query("select c from DaySevenCallEntity c where c.caseId = :caseId order by c.callDate desc")
    List<DaySevenCallEntity> findByCaseIdOrderByCallDateDesc(@Param("caseId") UUID caseId);

    @Query("select count(c) > 0 from DaySevenCallEntity c where c.taskId = :taskId")
    boolean existsByTaskId(@Param("taskId") String taskId);
}
