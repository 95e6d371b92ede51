package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DiseaseEventRepository extends JpaRepository<DiseaseEventEntity, UUID> {

    @Query("select e from DiseaseEventEntity e where e.caseId = :caseId order by e.detectionDate asc")
    List<DiseaseEventEntity> findByCaseIdOrderByDetectionDateAsc(@Param("caseId") UUID caseId);
}
