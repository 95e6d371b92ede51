package org.ablationpath.safety.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AdverseEventClosureRepository extends JpaRepository<AdverseEventClosureEntity, UUID> {
    @Query("select c from AdverseEventClosureEntity c where c.caseId = :caseId order by c.sessionDate asc, c.closedAt asc")
    List<AdverseEventClosureEntity> findByCaseIdOrderBySessionDate(@Param("caseId") UUID caseId);

    @Query("select count(c) > 0 from AdverseEventClosureEntity c where c.procedureSessionId = :sessionId")
    boolean existsByProcedureSessionId(@Param("sessionId") UUID sessionId);
}
