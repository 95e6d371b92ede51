package org.ablationpath.board.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardRepository extends JpaRepository<BoardEntity, UUID> {
    List<BoardEntity> findByCenterIdInOrderByName(Collection<String> centerIds);

    boolean existsByCenterIdAndName(String centerId, String name);
}
