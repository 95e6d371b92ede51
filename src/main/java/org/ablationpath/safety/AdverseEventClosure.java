package org.ablationpath.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The 30-day adverse-event closure of one session (TMR-10): the window it closed (session date to day 30), how many
 * adverse events had their onset in it, and who confirmed them recorded and graded, when.
 */
public record AdverseEventClosure(UUID id, UUID caseId, UUID procedureSessionId, LocalDate sessionDate,
                                  LocalDate windowEnd, int adverseEventCount, String note, String closedBy,
                                  Instant closedAt) {
}
