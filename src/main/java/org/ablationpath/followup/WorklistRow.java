package org.ablationpath.followup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of the nurse worklist: a grid visit or a day-7 call of the user's centers. {@code taskId} is the open task
 * the row's form belongs to (the visit, the missed visit's reason, the call), null while none is open yet;
 * {@code retryDate} is set after an unanswered call.
 */
public record WorklistRow(UUID itemId, Kind kind, UUID caseId, String centerId, String patientPseudonym, String organ,
                          String label, String scheduleId, LocalDate targetDate, LocalDate windowStart, LocalDate windowEnd,
                          WorklistCategory category, int daysOverdue, LocalDate retryDate, int contactAttempts,
                          String assignedTo, String taskId) {

    /** What the row stands for. */
    public enum Kind {
        VISIT,
        DAY7_CALL
    }
}
