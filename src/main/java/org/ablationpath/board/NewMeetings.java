package org.ablationpath.board;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * Meetings to plan ({@code POST /api/boards/{id}/meetings}): {@code count} weekly meetings from {@code firstDate}
 * (default: the board's next meeting day from today), one when {@code count} is absent.
 */
public record NewMeetings(LocalDate firstDate, @Min(1) @Max(52) Integer count) {
}
