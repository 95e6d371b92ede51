package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DaySevenCallDueRepository extends JpaRepository<DaySevenCallDueEntity, UUID> {

    @Query("select d from DaySevenCallDueEntity d where d.caseId = :caseId and d.status = :status"
            + " order by d.sessionDate desc")
    List<DaySevenCallDueEntity> findByCaseIdAndStatusOrderBySessionDateDesc(@Param("caseId") UUID caseId,
                                                                            @Param("status") String status);
}
