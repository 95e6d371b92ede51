package org.ablationpath.followup;

import java.time.LocalDate;
import java.util.UUID;

/** A stored grid visit of a case (outcomes.md 4.12). */
public record ScheduledVisit(UUID id, UUID caseId, String scheduleId, String gridLabel, LocalDate targetDate,
                             LocalDate windowStart, LocalDate windowEnd, VisitStatus status) {
}
