package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.ablationpath.followup.VitalStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface VitalStatusRepository extends JpaRepository<VitalStatusEntity, UUID> {

    List<VitalStatusEntity> findByCaseIdOrderByLastContactDateDescCreatedAtDesc(UUID caseId);

    boolean existsByCaseIdAndStatus(UUID caseId, VitalStatus status);

    boolean existsByTaskId(String taskId);
}
