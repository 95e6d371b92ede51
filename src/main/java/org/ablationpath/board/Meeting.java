package org.ablationpath.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One meeting of a board (outcomes.md 4.8 MdtMeeting). */
public record Meeting(UUID id, UUID boardId, String boardName, String centerId, LocalDate meetingDate, LocalTime meetingTime,
                      MeetingStatus status, Instant finalizedAt, String finalizedBy) {
}
