package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.ablationpath.followup.VisitStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpVisitRepository extends JpaRepository<FollowUpVisitEntity, UUID> {

    List<FollowUpVisitEntity> findByCaseIdOrderByTargetDateAscOrganAsc(UUID caseId);

    List<FollowUpVisitEntity> findByCaseIdAndStatusOrderByTargetDateAscOrganAsc(UUID caseId, VisitStatus status);

    List<FollowUpVisitEntity> findByGridIdOrderByTargetDateAsc(UUID gridId);

    List<FollowUpVisitEntity> findByGridIdIn(java.util.Collection<UUID> gridIds);

    List<FollowUpVisitEntity> findByStatusAndScheduleVersionNotOrderByCaseIdAscTargetDateAsc(VisitStatus status, String version);
}
