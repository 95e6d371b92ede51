package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LesionResultRepository extends JpaRepository<LesionResultEntity, UUID> {

    List<LesionResultEntity> findByVisitId(UUID visitId);
}
