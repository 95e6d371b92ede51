package org.ablationpath.board.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NominationRepository extends JpaRepository<NominationEntity, UUID> {
    List<NominationEntity> findByCaseIdIn(Collection<UUID> caseIds);
}
