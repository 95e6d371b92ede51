package org.ablationpath.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Someone at the meeting, by specialty (outcomes.md 4.8 MdtMeeting.attendees); {@code present} false once they left. */
public record Attendee(@NotBlank @Size(max = 120) String name, @Size(max = 60) String username,
                       @NotNull Specialty specialty, boolean present) {
}
