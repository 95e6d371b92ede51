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

    List<AlertEntity> findByCaseIdAndRuleIdAndCauseKey(UUID caseId, String ruleId, String causeKey);

    List<AlertEntity> findByCaseIdOrderByRaisedAtDesc(UUID caseId);

    /** Pushed alerts of the centers that are open or were acknowledged since the given time (roles are matched in Java). */
    @Query("select a from AlertEntity a where a.centerId in :centers and a.priority in :pushed "
            + "and (a.acknowledgedAt is null or a.acknowledgedAt >= :acknowledgedSince)")
    List<AlertEntity> inboxCandidates(@Param("centers") Collection<String> centers,
                                      @Param("pushed") Collection<AlertPriority> pushed,
                                      @Param("acknowledgedSince") Instant acknowledgedSince);
}
