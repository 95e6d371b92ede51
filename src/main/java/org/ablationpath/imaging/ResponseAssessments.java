package org.ablationpath.imaging;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The response assessments of a case, for the pathway's delegates and the follow-up schedule. Not center-scoped:
 * delegates call it with no signed-in user; screens and the API reach it only for cases the user may see.
 */
public interface ResponseAssessments {

    /** The process variable the "response-assessment" task sets: the name of a {@link ResponseFinding}. */
    String ROUTING_VARIABLE = "responseFinding";

    /** The newest assessment of the case (latest study date, then latest recorded). */
    Optional<ResponseAssessmentSummary> latest(UUID caseId);

    /** All assessments of the case, newest first. */
    List<ResponseAssessmentSummary> ofCase(UUID caseId);

    /**
     * FUP-06: the smallest minimal ablative margin measured on the newest assessment among tumours of this histology
     * code (as the case document spells it, e.g. {@code CRLM}); empty when none was measured.
     */
    Optional<BigDecimal> smallestMarginMm(UUID caseId, String histology);
}
