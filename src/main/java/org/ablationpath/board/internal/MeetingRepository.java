package org.ablationpath.board.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<MeetingEntity, UUID> {
    List<MeetingEntity> findByBoardIdOrderByMeetingDate(UUID boardId);

    List<MeetingEntity> findByCenterIdInAndMeetingDateGreaterThanEqualOrderByMeetingDate(Collection<String> centerIds,
                                                                                        LocalDate from, Pageable page);

    boolean existsByBoardIdAndMeetingDate(UUID boardId, LocalDate date);
}
