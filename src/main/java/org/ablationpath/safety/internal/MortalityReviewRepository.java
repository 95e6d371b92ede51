package org.ablationpath.safety.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MortalityReviewRepository extends JpaRepository<MortalityReviewEntity, UUID> {

    @Query("select count(r) > 0 from MortalityReviewEntity r where r.taskId = :taskId")
    boolean existsByTaskId(@Param("taskId") String taskId);

    @Query("select r from MortalityReviewEntity r where r.caseId = :caseId order by r.reviewDate desc, r.createdAt desc")
    List<MortalityReviewEntity> findByCaseIdOrderByReviewDateDescCreatedAtDesc(@Param("caseId") UUID caseId);
}
