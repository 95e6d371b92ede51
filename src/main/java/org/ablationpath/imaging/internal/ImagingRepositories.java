package org.ablationpath.imaging.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImagingStudyRepository extends JpaRepository<ImagingStudyEntity, UUID> {

    List<ImagingStudyEntity> findByCaseIdOrderByStudyDateDescCreatedAtDesc(UUID caseId);

    boolean existsByTaskId(String taskId);
}

interface TumorAssessmentRepository extends JpaRepository<TumorAssessmentEntity, UUID> {

    List<TumorAssessmentEntity> findByStudyIdInOrderByTumorId(Collection<UUID> studyIds);
}
