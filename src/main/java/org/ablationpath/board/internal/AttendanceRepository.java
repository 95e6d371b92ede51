package org.ablationpath.board.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttendanceRepository extends JpaRepository<AttendanceEntity, UUID> {
    @Query("select a from AttendanceEntity a where a.meetingId = :meetingId order by a.createdAt")
    List<AttendanceEntity> findByMeetingIdOrderByCreatedAt(@Param("meetingId") UUID meetingId);
}
