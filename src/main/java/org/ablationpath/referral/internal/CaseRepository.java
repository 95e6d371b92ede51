package org.ablationpath.referral.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRepository extends JpaRepository<CaseEntity, UUID> {
    List<CaseEntity> findByPatientId(UUID patientId);

    List<CaseEntity> findByIdIn(Collection<UUID> ids);

    List<CaseEntity> findByCenterIdInAndVoidedAtIsNullOrderByCreatedAtDesc(Collection<String> centerIds, Pageable page);

    List<CaseEntity> findByReferringPhysicianAndCenterIdInAndVoidedAtIsNullOrderByCreatedAtDesc(String referringPhysician,
                                                                                                Collection<String> centerIds,
                                                                                                Pageable page);
}
