package org.ablationpath.procedure.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ablationpath.procedure.*}: the timers of the pre-procedure checklist (pathway.md 7.1).
 *
 * @param pregnancyTestMaxDaysBefore TMR-07: the negative pregnancy test is at most this many days before the planned
 *                                   date (COLLISION: within 7 days)
 * @param pregnancyTestAgeFrom       TMR-07 applies to women from this age …
 * @param pregnancyTestAgeTo         … to this age inclusive, at the planned date (pathway.md STG-01: female 12–55 y)
 * @param chemotherapyWashoutDays    TMR-08: a last chemotherapy or immunotherapy dose fewer than this many days before
 *                                   the planned date is a CAUTION (COLLISION: 6 weeks)
 */
@ConfigurationProperties("ablationpath.procedure")
record ProcedureSettings(@DefaultValue("7") int pregnancyTestMaxDaysBefore,
                         @DefaultValue("12") int pregnancyTestAgeFrom,
                         @DefaultValue("55") int pregnancyTestAgeTo,
                         @DefaultValue("42") int chemotherapyWashoutDays) {
}
