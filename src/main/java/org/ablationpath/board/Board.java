package org.ablationpath.board;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A tumour board of a center, for every organ or one organ ({@code organ} null: every organ). {@code quorumPolicy}
 * null: the configured default per organ (ablationpath.board.quorum, pathway.md section 6.1).
 */
public record Board(UUID id, String centerId, String name, String organ, DayOfWeek meetingDay, LocalTime meetingTime,
                    String quorumPolicy) {
}
