package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VisitAdverseEventRepository extends JpaRepository<VisitAdverseEventEntity, UUID> {

    @Query("select e from VisitAdverseEventEntity e where e.visitId = :visitId")
    List<VisitAdverseEventEntity> findByVisitId(@Param("visitId") UUID visitId);
}
