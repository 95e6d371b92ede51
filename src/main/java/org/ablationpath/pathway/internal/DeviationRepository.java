package org.ablationpath.pathway.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeviationRepository extends JpaRepository<DeviationEntity, UUID> {
    @Query("select d from DeviationEntity d where d.caseId = :caseId order by d.occurredAt asc")
    List<DeviationEntity> findByCaseIdOrderByOccurredAtAsc(@Param("caseId") UUID caseId);

    @Query("select d from DeviationEntity d where d.caseId = :caseId and d.code = :code and d.subject = :subject")
    java.util.Optional<DeviationEntity> findByCaseIdAndCodeAndSubject(
            @Param("caseId") UUID caseId, @Param("code") org.ablationpath.pathway.DeviationCode code,
            @Param("subject") String subject);
}
