package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.ablationpath.followup.VisitStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpVisitRepository extends JpaRepository<FollowUpVisitEntity, UUID> {

    @Query("select v from FollowUpVisitEntity v where v.caseId = ?1 order by v.targetDate, v.organ")
    List<FollowUpVisitEntity> findByCaseIdOrderByTargetDateAscOrganAsc(UUID caseId);

    @Query("select v from FollowUpVisitEntity v where v.caseId = ?1 and v.status = ?2 order by v.targetDate, v.organ")
    List<FollowUpVisitEntity> findByCaseIdAndStatusOrderByTargetDateAscOrganAsc(UUID caseId, VisitStatus status);

    List<FollowUpVisitEntity> findByGridIdOrderByTargetDateAsc(UUID gridId);

    List<FollowUpVisitEntity> findByGridIdIn(java.util.Collection<UUID> gridIds);

    List<FollowUpVisitEntity> findByStatusAndScheduleVersionNotOrderByCaseIdAscTargetDateAsc(VisitStatus status, String version);
}
