package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DiseaseEventRepository extends JpaRepository<DiseaseEventEntity, UUID> {

    List<DiseaseEventEntity> findByCaseIdOrderByDetectionDateAsc(UUID caseId);
}
