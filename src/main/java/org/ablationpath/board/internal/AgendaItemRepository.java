package org.ablationpath.board.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.board.AgendaStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaItemRepository extends JpaRepository<AgendaItemEntity, UUID> {
    List<AgendaItemEntity> findByMeetingIdOrderByPosition(UUID meetingId);

    /** The agenda's order without loading its items: meeting mode needs only the position and the neighbours. */
    @Query("select i.id from AgendaItemEntity i where i.meetingId = :meetingId order by i.position")
    List<UUID> idsInOrder(@Param("meetingId") UUID meetingId);

    Optional<AgendaItemEntity> findByIdAndMeetingId(UUID id, UUID meetingId);

    Optional<AgendaItemEntity> findFirstByMeetingIdAndTaskIdAndStatus(UUID meetingId, String taskId, AgendaStatus status);

    /** Items still waiting for any of these review tasks (a task is on one open agenda at a time). */
    List<AgendaItemEntity> findByTaskIdInAndStatus(Collection<String> taskIds, AgendaStatus status);

    List<AgendaItemEntity> findByCaseIdInAndStatus(Collection<UUID> caseIds, AgendaStatus status);

    boolean existsByMeetingIdAndCaseId(UUID meetingId, UUID caseId);
}
