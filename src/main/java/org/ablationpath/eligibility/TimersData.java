package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Pathway timers in calendar days (pathway.md TMR-02/03/04); null when a date is missing.
 * {@code breaches} lists the timer ids whose limit is exceeded.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimersData(Long referralToMdtDays, Long mdtToProcedureDays, Long referralToProcedureDays,
                         List<String> breaches) {
}
