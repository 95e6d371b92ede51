package org.ablationpath.board.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.board.AgendaStatus;
import org.ablationpath.board.Attendee;
import org.ablationpath.board.QuorumStatus;
import org.ablationpath.patient.PatientService;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.workflow.TaskContext;
import org.springframework.stereotype.Component;

/**
 * The meeting side of a board decision: the case must be waiting on the meeting's agenda, and the meeting quorate for
 * it (pathway.md 6.1) unless the chair recorded an exception; the decision then keeps who was present.
 */
@Component
class MeetingDecisions {

    /** A decision about to be stored in a meeting. */
    record InMeeting(UUID meetingId, AgendaItemEntity item, String attendees, QuorumStatus quorum) {
    }

    private final MeetingRepository meetings;
    private final BoardRepository boards;
    private final AgendaItemRepository items;
    private final AttendanceRepository attendance;
    private final QuorumPolicies policies;
    private final PatientService patients;

    MeetingDecisions(MeetingRepository meetings, BoardRepository boards, AgendaItemRepository items,
                     AttendanceRepository attendance, QuorumPolicies policies, PatientService patients) {
        this.meetings = meetings;
        this.boards = boards;
        this.items = items;
        this.attendance = attendance;
        this.policies = policies;
        this.patients = patients;
    }

    /** Adds a problem on {@code meetingId} or {@code attendance} when the decision cannot be taken in this meeting. */
    Optional<InMeeting> check(UUID meetingId, TaskContext task, List<FieldProblem> problems) {
        Optional<MeetingEntity> meeting = meetings.findById(meetingId).filter(m -> m.centerId().equals(task.centerId()));
        if (meeting.isEmpty()) {
            problems.add(new FieldProblem("meetingId", "No such meeting of the case's center."));
            return Optional.empty();
        }
        if (!meeting.get().open()) {
            problems.add(new FieldProblem("meetingId", "The meeting's minutes are finalized: no more decisions."));
            return Optional.empty();
        }
        Optional<AgendaItemEntity> item = items.findFirstByMeetingIdAndTaskIdAndStatus(meetingId, task.taskId(), AgendaStatus.PENDING);
        if (item.isEmpty()) {
            problems.add(new FieldProblem("meetingId", "The case is not waiting on this meeting's agenda."));
            return Optional.empty();
        }
        List<Attendee> present = present(meetingId);
        QuorumStatus quorum = quorum(meeting.get(), item.get(), present);
        if (!quorum.decidable()) {
            problems.add(new FieldProblem("attendance", "The meeting is not quorate for this case (pathway.md 6.1): missing "
                    + String.join(", ", quorum.missing()) + ". Record who is present, or the chair records an exception with a reason."));
        }
        return Optional.of(new InMeeting(meetingId, item.get(), QuorumPolicies.describe(present), quorum));
    }

    /** Marks the agenda items waiting for this review task as decided. */
    void decided(String taskId, UUID decisionId) {
        items.findByTaskIdInAndStatus(List.of(taskId), AgendaStatus.PENDING).forEach(item -> item.decided(decisionId));
    }

    List<Attendee> present(UUID meetingId) {
        return attendance.findByMeetingIdOrderByCreatedAt(meetingId).stream().map(AttendanceEntity::toRecord)
                .filter(Attendee::present).toList();
    }

    QuorumStatus quorum(MeetingEntity meeting, AgendaItemEntity item, List<Attendee> present) {
        String boardPolicy = boards.findById(meeting.boardId()).map(BoardEntity::quorumPolicy).orElse(null);
        return policies.status(boardPolicy, patients.lesionsOfCase(item.caseId()),
                present.stream().map(Attendee::specialty).toList(), item.quorumExceptionReason());
    }
}
