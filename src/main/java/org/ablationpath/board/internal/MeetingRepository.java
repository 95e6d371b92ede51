package org.ablationpath.board.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingRepository extends JpaRepository<MeetingEntity, UUID> {
    @Query("select m from MeetingEntity m where m.boardId = :boardId order by m.meetingDate")
    List<MeetingEntity> findByBoardIdOrderByMeetingDate(@Param("boardId") UUID boardId);

    @Query("select m from MeetingEntity m where m.centerId in :centerIds and m.meetingDate >= :from"
            + " order by m.meetingDate")
    List<MeetingEntity> findByCenterIdInAndMeetingDateGreaterThanEqualOrderByMeetingDate(
            @Param("centerIds") Collection<String> centerIds, @Param("from") LocalDate from, Pageable page);

    @Query("select count(m) > 0 from MeetingEntity m where m.boardId = :boardId and m.meetingDate = :date")
    boolean existsByBoardIdAndMeetingDate(@Param("boardId") UUID boardId, @Param("date") LocalDate date);
}
