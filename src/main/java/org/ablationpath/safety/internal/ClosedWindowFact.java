package org.ablationpath.safety.internal;

import java.time.LocalDate;

/**
 * A follow-up window that closed without its contact or imaging, for ALR-10 and ALR-11. {@code schedulePrefix} is
 * the organ part of the schedule id (FUP-LIV, FUP-KID, ...), which decides whether FUP-03 applies;
 * {@code withoutContrast} marks a response visit whose imaging was done without contrast (ALR-11, never ALR-10).
 */
public record ClosedWindowFact(String ref, String scheduleId, String schedulePrefix, String label, LocalDate windowStart,
                               LocalDate windowEnd, boolean responseVisit, int consecutiveMisses,
                               boolean withoutContrast) {

    static ClosedWindowFact of(org.ablationpath.safety.SafetyFacts.ClosedWindow window) {
        String schedule = window.scheduleId() == null ? "" : window.scheduleId();
        int second = schedule.indexOf('-', schedule.indexOf('-') + 1);
        return new ClosedWindowFact(window.ref(), schedule, second < 0 ? schedule : schedule.substring(0, second),
                window.label(), window.windowStart(), window.windowEnd(), window.responseVisit(), window.consecutiveMisses(),
                window.withoutContrast());
    }
}
