package org.ablationpath.board.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BoardRepository extends JpaRepository<BoardEntity, UUID> {
    @Query("select b from BoardEntity b where b.centerId in :centerIds order by b.name")
    List<BoardEntity> findByCenterIdInOrderByName(@Param("centerIds") Collection<String> centerIds);

    @Query("select count(b) > 0 from BoardEntity b where b.centerId = :centerId and b.name = :name")
    boolean existsByCenterIdAndName(@Param("centerId") String centerId, @Param("name") String name);
}
