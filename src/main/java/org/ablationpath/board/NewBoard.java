package org.ablationpath.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A board to create ({@code POST /api/boards}): in the chair's center unless {@code centerId} names another of theirs.
 * {@code quorumPolicy} in the written form of {@link QuorumPolicy}; empty for the configured default.
 */
public record NewBoard(@Size(max = 20) String centerId,
                       @NotBlank @Size(max = 120) String name,
                       @Pattern(regexp = "LIVER|LUNG|KIDNEY|BONE|THYROID|PANCREAS|SKIN") String organ,
                       @NotNull DayOfWeek meetingDay,
                       @NotNull LocalTime meetingTime,
                       @Size(max = 1000) String quorumPolicy) {
}
