package org.ablationpath.followup;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * FUP-06: the smallest minimal ablative margin measured on the response imaging of the case's latest session for
 * the tumours of one histology (outcomes.md 4.11 {@code minimalMarginMm}). The imaging module owns those
 * measurements ({@code ImagingMarginSource}); tests may give their own.
 */
public interface MarginSource {

    Optional<BigDecimal> smallestMarginMm(UUID caseId, String histology);
}
