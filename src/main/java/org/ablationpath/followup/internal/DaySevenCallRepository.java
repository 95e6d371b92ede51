package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DaySevenCallRepository extends JpaRepository<DaySevenCallEntity, UUID> {

    List<DaySevenCallEntity> findByCaseIdOrderByCallDateDesc(UUID caseId);

    boolean existsByTaskId(String taskId);
}
