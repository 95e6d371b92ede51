package org.ablationpath.patient.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PatientRepository extends JpaRepository<PatientEntity, UUID> {
    @Query("select p from PatientEntity p where p.centerId = :centerId and p.pseudonym = :pseudonym")
    Optional<PatientEntity> findByCenterIdAndPseudonym(@Param("centerId") String centerId,
                                                       @Param("pseudonym") String pseudonym);

    /** Id and pseudonym only: loading the entities made each a managed row, its JSON compared again at commit. */
    @Query("select p.id, p.pseudonym from PatientEntity p where p.id in ?1")
    List<Object[]> pseudonymsOf(Collection<UUID> ids);
}

interface LesionRepository extends JpaRepository<LesionEntity, UUID> {
    /** The case's current tumours: those a work-up dropped are voided and left out. */
    @Query("select l from LesionEntity l where l.caseId = ?1 and l.voidedAt is null order by l.tumorKey")
    List<LesionEntity> findByCaseIdAndVoidedAtIsNullOrderByTumorKey(UUID caseId);

    /** The current tumours of several cases in one query (a page of case summaries). */
    @Query("select l from LesionEntity l where l.caseId in ?1 and l.voidedAt is null order by l.tumorKey")
    List<LesionEntity> findByCaseIdInAndVoidedAtIsNullOrderByTumorKey(Collection<UUID> caseIds);

    /** Every tumour ever recorded for the case, voided ones included. */
    @Query("select l from LesionEntity l where l.caseId = :caseId")
    List<LesionEntity> findByCaseId(@Param("caseId") UUID caseId);
}

interface LabPanelRepository extends JpaRepository<LabPanelEntity, UUID> {
    @Query("select p from LabPanelEntity p where p.caseId = ?1 order by p.collectedDate desc, p.createdAt desc limit 1")
    Optional<LabPanelEntity> findFirstByCaseIdOrderByCollectedDateDescCreatedAtDesc(UUID caseId);

    @Query("select p from LabPanelEntity p where p.caseId = :caseId order by p.collectedDate asc, p.createdAt asc")
    List<LabPanelEntity> findByCaseIdOrderByCollectedDateAscCreatedAtAsc(@Param("caseId") UUID caseId);
}
