package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DaySevenCallDueRepository extends JpaRepository<DaySevenCallDueEntity, UUID> {

    List<DaySevenCallDueEntity> findByCaseIdAndStatusOrderBySessionDateDesc(UUID caseId, String status);
}
