package org.ablationpath.patient.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PatientRepository extends JpaRepository<PatientEntity, UUID> {
    Optional<PatientEntity> findByCenterIdAndPseudonym(String centerId, String pseudonym);

    List<PatientEntity> findByIdIn(Collection<UUID> ids);
}

interface LesionRepository extends JpaRepository<LesionEntity, UUID> {
    List<LesionEntity> findByCaseIdOrderByTumorKey(UUID caseId);
}

interface LabPanelRepository extends JpaRepository<LabPanelEntity, UUID> {
    Optional<LabPanelEntity> findFirstByCaseIdOrderByCollectedDateDescCreatedAtDesc(UUID caseId);
}
