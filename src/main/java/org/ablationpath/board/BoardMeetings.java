package org.ablationpath.board;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tumour boards, their meetings and agendas, attendance and quorum (issue 6). Every read and change is scoped to the
 * signed-in user's centers; chair-only changes (planning, reordering, deferring, exceptions, finalizing) throw
 * AccessDeniedException for other users. A decision taken in a meeting completes the case's board review task
 * through the platform's task SPI, so the pathway moves on exactly as from the task list.
 */
public interface BoardMeetings {

    List<Board> boards();

    Board createBoard(NewBoard board);

    List<Meeting> meetings(UUID boardId);

    /** Meetings of the user's centers from the given date on, soonest first. */
    List<Meeting> upcomingMeetings(int limit);

    List<Meeting> planMeetings(UUID boardId, NewMeetings meetings);

    Optional<Meeting> meeting(UUID meetingId);

    /** The agenda in its order (deferred items last). */
    List<AgendaItem> agenda(UUID meetingId);

    /**
     * Puts every case whose board review is open, that is on no other open agenda and passes the nomination check, on
     * the agenda, ordered by urgency then waiting time; reports the cases that did not pass and what they miss.
     */
    AgendaFill fillAgenda(UUID meetingId);

    /** The chair adds one case (its review must be open); refused with what is missing when the check fails. */
    AgendaItem addToAgenda(UUID meetingId, AgendaAddForm form);

    List<AgendaItem> reorder(UUID meetingId, ReorderForm form);

    AgendaItem defer(UUID meetingId, UUID itemId, ReasonForm reason);

    AgendaItem recordQuorumException(UUID meetingId, UUID itemId, ReasonForm reason);

    List<Attendee> attendance(UUID meetingId);

    List<Attendee> recordAttendance(UUID meetingId, List<Attendee> attendees);

    /** The case of the agenda item as meeting mode shows it; the read is logged as a patient record read. */
    Optional<MeetingCase> meetingCase(UUID meetingId, UUID itemId);

    QuorumStatus quorum(UUID meetingId, UUID itemId);

    /** Decides the item: completes its board review task with the form (meeting and attendance checks included). */
    BoardDecision decide(UUID meetingId, UUID itemId, BoardDecisionForm form);

    Meeting finalizeMeeting(UUID meetingId);

    Minutes minutes(UUID meetingId);

    /** The nomination check of a case for a meeting, without changing the agenda. */
    Nomination checkNomination(UUID meetingId, UUID caseId);

    /** Cases the signed-in physician referred, newest first. */
    List<MyReferral> myReferrals(int limit);
}
