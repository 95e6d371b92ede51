package org.ablationpath.board.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NominationRepository extends JpaRepository<NominationEntity, UUID> {
    @Query("select n from NominationEntity n where n.caseId in :caseIds")
    List<NominationEntity> findByCaseIdIn(@Param("caseIds") Collection<UUID> caseIds);
}
