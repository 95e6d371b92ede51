package org.ablationpath.board;

import java.time.LocalDate;

/** One dated event of a case, as meeting mode shows its timeline. */
public record TimelineEntry(LocalDate date, String kind, String text) {
}
