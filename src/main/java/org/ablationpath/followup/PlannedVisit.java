package org.ablationpath.followup;

import java.time.LocalDate;

/** One grid point: label (M1, M3, … or D7 for a phone call), target date and the window that counts for it. */
public record PlannedVisit(String label, LocalDate target, LocalDate windowStart, LocalDate windowEnd, String type) {
}
