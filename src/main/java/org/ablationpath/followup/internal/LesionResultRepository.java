package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LesionResultRepository extends JpaRepository<LesionResultEntity, UUID> {

    @Query("select r from LesionResultEntity r where r.visitId = :visitId")
    List<LesionResultEntity> findByVisitId(@Param("visitId") UUID visitId);
}
