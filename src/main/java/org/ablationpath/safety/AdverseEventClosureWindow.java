package org.ablationpath.safety;

import java.time.LocalDate;

/**
 * TMR-10 / STG-08: the days whose adverse events a session's 30-day closure covers, from the session date to day N
 * (ablationpath.pathway.ae-closure-day), both included.
 */
public record AdverseEventClosureWindow(LocalDate first, LocalDate last) {

    public static AdverseEventClosureWindow after(LocalDate sessionDate, int closureDay) {
        return new AdverseEventClosureWindow(sessionDate, sessionDate.plusDays(closureDay));
    }

    public boolean contains(AdverseEvent event) {
        return !event.onsetDate().isBefore(first) && !event.onsetDate().isAfter(last);
    }
}
