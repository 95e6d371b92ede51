package org.ablationpath.safety.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdverseEventRepository extends JpaRepository<AdverseEventEntity, UUID> {
    List<AdverseEventEntity> findByCaseIdOrderByOnsetDateDescReportedAtDesc(UUID caseId);
}
