package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitAdverseEventRepository extends JpaRepository<VisitAdverseEventEntity, UUID> {

    List<VisitAdverseEventEntity> findByVisitId(UUID visitId);
}
