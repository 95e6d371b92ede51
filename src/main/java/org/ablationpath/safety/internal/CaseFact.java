package org.ablationpath.safety.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Case-level facts: histologies present, whether the board pre-authorised a re-ablation of residual tumour, the
 * death date and the days from the latest session before it, and the configured tumour-marker upper limits (null
 * when not configured: no published threshold).
 */
public record CaseFact(List<String> histologies, boolean reAblationPreAuthorised, LocalDate deathDate,
                       Integer deathDaysAfterSession, BigDecimal afpUln, BigDecimal ceaUln) {

    public boolean hasHistology(String histology) {
        return histologies.contains(histology);
    }
}
