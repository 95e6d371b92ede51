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
    /** The case's current tumours: those a work-up dropped are voided and left out. */
    List<LesionEntity> findByCaseIdAndVoidedAtIsNullOrderByTumorKey(UUID caseId);

    /** The current tumours of several cases in one query (a page of case summaries). */
    List<LesionEntity> findByCaseIdInAndVoidedAtIsNullOrderByTumorKey(Collection<UUID> caseIds);

    /** Every tumour ever recorded for the case, voided ones included. */
    List<LesionEntity> findByCaseId(UUID caseId);
}

interface LabPanelRepository extends JpaRepository<LabPanelEntity, UUID> {
    Optional<LabPanelEntity> findFirstByCaseIdOrderByCollectedDateDescCreatedAtDesc(UUID caseId);

    List<LabPanelEntity> findByCaseIdOrderByCollectedDateAscCreatedAtAsc(UUID caseId);
}
