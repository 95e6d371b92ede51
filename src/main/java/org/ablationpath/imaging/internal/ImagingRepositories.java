package org.ablationpath.imaging.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ImagingStudyRepository extends JpaRepository<ImagingStudyEntity, UUID> {

    @Query("select s from ImagingStudyEntity s where s.caseId = ?1 order by s.studyDate desc, s.createdAt desc")
    List<ImagingStudyEntity> findByCaseIdOrderByStudyDateDescCreatedAtDesc(UUID caseId);

    @Query("select case when count(s) > 0 then true else false end from ImagingStudyEntity s where s.taskId = ?1")
    boolean existsByTaskId(String taskId);
}

interface TumorAssessmentRepository extends JpaRepository<TumorAssessmentEntity, UUID> {

    @Query("select a from TumorAssessmentEntity a where a.studyId in :studyIds order by a.tumorId")
    List<TumorAssessmentEntity> findByStudyIdInOrderByTumorId(@Param("studyIds") Collection<UUID> studyIds);
}
