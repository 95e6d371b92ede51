package org.ablationpath.referral.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.ablationpath.referral.CaseAccess;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRepository extends JpaRepository<CaseEntity, UUID> {
    @Query("select new org.ablationpath.referral.CaseAccess(c.id, c.patientId, c.centerId,"
            + " case when c.voidedAt is null then false else true end) from CaseEntity c where c.id = :id")
    Optional<CaseAccess> accessOf(@Param("id") UUID id);

    @Query("select c from CaseEntity c where c.patientId = :patientId")
    List<CaseEntity> findByPatientId(@Param("patientId") UUID patientId);

    @Query("select c from CaseEntity c where c.id in ?1")
    List<CaseEntity> findByIdIn(Collection<UUID> ids);

    @Query("select c from CaseEntity c where c.centerId in :centerIds and c.voidedAt is null order by c.createdAt desc")
    List<CaseEntity> findByCenterIdInAndVoidedAtIsNullOrderByCreatedAtDesc(
            @Param("centerIds") Collection<String> centerIds, Pageable page);

    @Query("select c from CaseEntity c where c.referringPhysician = :referringPhysician and c.centerId in :centerIds"
            + " and c.voidedAt is null order by c.createdAt desc")
    List<CaseEntity> findByReferringPhysicianAndCenterIdInAndVoidedAtIsNullOrderByCreatedAtDesc(
            @Param("referringPhysician") String referringPhysician, @Param("centerIds") Collection<String> centerIds,
            Pageable page);
}
