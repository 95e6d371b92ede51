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

    List<CaseEntity> findByPatientId(UUID patientId);

    @Query("select c from CaseEntity c where c.id in ?1")
    List<CaseEntity> findByIdIn(Collection<UUID> ids);

    List<CaseEntity> findByCenterIdInAndVoidedAtIsNullOrderByCreatedAtDesc(Collection<String> centerIds, Pageable page);

    List<CaseEntity> findByReferringPhysicianAndCenterIdInAndVoidedAtIsNullOrderByCreatedAtDesc(String referringPhysician,
                                                                                                Collection<String> centerIds,
                                                                                                Pageable page);
}
