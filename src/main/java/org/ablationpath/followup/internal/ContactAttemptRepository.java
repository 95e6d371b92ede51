package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContactAttemptRepository extends JpaRepository<ContactAttemptEntity, UUID> {

    @Query("select a from ContactAttemptEntity a where a.visitId = :visitId order by a.attemptDate asc")
    List<ContactAttemptEntity> findByVisitIdOrderByAttemptDateAsc(@Param("visitId") UUID visitId);
}
