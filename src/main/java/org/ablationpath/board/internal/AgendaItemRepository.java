package org.ablationpath.board.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.board.AgendaStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaItemRepository extends JpaRepository<AgendaItemEntity, UUID> {
    @Query("select i from AgendaItemEntity i where i.meetingId = :meetingId order by i.position")
    List<AgendaItemEntity> findByMeetingIdOrderByPosition(@Param("meetingId") UUID meetingId);

    /** The agenda's order without loading its items: meeting mode needs only the position and the neighbours. */
    @Query("select i.id from AgendaItemEntity i where i.meetingId = :meetingId order by i.position")
    List<UUID> idsInOrder(@Param("meetingId") UUID meetingId);

    @Query("select i from AgendaItemEntity i where i.id = :id and i.meetingId = :meetingId")
    Optional<AgendaItemEntity> findByIdAndMeetingId(@Param("id") UUID id, @Param("meetingId") UUID meetingId);

    /** HQL takes a limit only after an order by, and the derived query had none: the limit is a parameter. */
    @Query("select i from AgendaItemEntity i where i.meetingId = :meetingId and i.taskId = :taskId"
            + " and i.status = :status")
    List<AgendaItemEntity> findByMeetingIdAndTaskIdAndStatus(@Param("meetingId") UUID meetingId,
                                                             @Param("taskId") String taskId,
                                                             @Param("status") AgendaStatus status, Limit limit);

    default Optional<AgendaItemEntity> findFirstByMeetingIdAndTaskIdAndStatus(UUID meetingId, String taskId,
                                                                              AgendaStatus status) {
        return findByMeetingIdAndTaskIdAndStatus(meetingId, taskId, status, Limit.of(1)).stream().findFirst();
    }

    /** Items still waiting for any of these review tasks (a task is on one open agenda at a time). */
    @Query("select i from AgendaItemEntity i where i.taskId in :taskIds and i.status = :status")
    List<AgendaItemEntity> findByTaskIdInAndStatus(@Param("taskIds") Collection<String> taskIds,
                                                   @Param("status") AgendaStatus status);

    @Query("select i from AgendaItemEntity i where i.caseId in :caseIds and i.status = :status")
    List<AgendaItemEntity> findByCaseIdInAndStatus(@Param("caseIds") Collection<UUID> caseIds,
                                                   @Param("status") AgendaStatus status);

    @Query("select count(i) > 0 from AgendaItemEntity i where i.meetingId = :meetingId and i.caseId = :caseId")
    boolean existsByMeetingIdAndCaseId(@Param("meetingId") UUID meetingId, @Param("caseId") UUID caseId);
}
