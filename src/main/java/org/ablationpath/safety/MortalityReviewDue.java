package org.ablationpath.safety;

import java.time.Instant;
import java.util.UUID;

/**
 * An ALR-01 alert (death within 30 days of a session, or a grade 5 adverse event) was stored: safety.md asks for a
 * morbidity and mortality review within the TMR-11 limit, counted from {@code raisedAt}. Published in the
 * transaction that stores the alert; the pathway opens the review task.
 */
public record MortalityReviewDue(UUID alertId, UUID caseId, String centerId, Instant raisedAt) {

    /** The alert rule whose alerts call for the review. */
    public static final String RULE_ID = "ALR-01";
}
