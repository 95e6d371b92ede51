package org.ablationpath.safety.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One tumour at one imaging study, for ALR-13 and ALR-14. */
public record AssessmentFact(LocalDate imagingDate, String purpose, String tumorId, String histology, String response,
                             BigDecimal minimalMarginMm) {
}
