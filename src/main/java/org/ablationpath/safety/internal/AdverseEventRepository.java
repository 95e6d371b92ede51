package org.ablationpath.safety.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AdverseEventRepository extends JpaRepository<AdverseEventEntity, UUID> {
    @Query("select e from AdverseEventEntity e where e.caseId = :caseId order by e.onsetDate desc, e.reportedAt desc")
    List<AdverseEventEntity> findByCaseIdOrderByOnsetDateDescReportedAtDesc(@Param("caseId") UUID caseId);
}
