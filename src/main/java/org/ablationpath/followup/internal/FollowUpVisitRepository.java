package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.ablationpath.followup.VisitStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpVisitRepository extends JpaRepository<FollowUpVisitEntity, UUID> {

    @Query("select v from FollowUpVisitEntity v where v.caseId = ?1 order by v.targetDate, v.organ")
    List<FollowUpVisitEntity> findByCaseIdOrderByTargetDateAscOrganAsc(UUID caseId);

    @Query("select v from FollowUpVisitEntity v where v.caseId = ?1 and v.status = ?2 order by v.targetDate, v.organ")
    List<FollowUpVisitEntity> findByCaseIdAndStatusOrderByTargetDateAscOrganAsc(UUID caseId, VisitStatus status);

    @Query("select v from FollowUpVisitEntity v where v.gridId = :gridId order by v.targetDate asc")
    List<FollowUpVisitEntity> findByGridIdOrderByTargetDateAsc(@Param("gridId") UUID gridId);

    @Query("select v from FollowUpVisitEntity v where v.gridId in :gridIds")
    List<FollowUpVisitEntity> findByGridIdIn(@Param("gridIds") java.util.Collection<UUID> gridIds);

    @Query("select v from FollowUpVisitEntity v where v.status = :status and v.scheduleVersion <> :version"
            + " order by v.caseId asc, v.targetDate asc")
    List<FollowUpVisitEntity> findByStatusAndScheduleVersionNotOrderByCaseIdAscTargetDateAsc(
            @Param("status") VisitStatus status, @Param("version") String version);
}
