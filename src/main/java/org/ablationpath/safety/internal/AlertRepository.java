package org.ablationpath.safety.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.ablationpath.safety.AlertPriority;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AlertRepository extends JpaRepository<AlertEntity, UUID> {

    @Query("select a from AlertEntity a where a.caseId = :caseId and a.ruleId = :ruleId and a.causeKey = :causeKey")
    List<AlertEntity> findByCaseIdAndRuleIdAndCauseKey(@Param("caseId") UUID caseId, @Param("ruleId") String ruleId,
                                                        @Param("causeKey") String causeKey);

    @Query("select a from AlertEntity a where a.caseId = :caseId order by a.raisedAt desc")
    List<AlertEntity> findByCaseIdOrderByRaisedAtDesc(@Param("caseId") UUID caseId);

    /** Pushed alerts of the centers that are open or were acknowledged since the given time (roles are matched in Java). */
    @Query("select a from AlertEntity a where a.centerId in :centers and a.priority in :pushed "
            + "and (a.acknowledgedAt is null or a.acknowledgedAt >= :acknowledgedSince)")
    List<AlertEntity> inboxCandidates(@Param("centers") Collection<String> centers,
                                      @Param("pushed") Collection<AlertPriority> pushed,
                                      @Param("acknowledgedSince") Instant acknowledgedSince);
}
