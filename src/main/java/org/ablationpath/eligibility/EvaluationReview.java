package org.ablationpath.eligibility;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A physician's answer to a stored recommendation: {@code ACCEPT} or {@code OVERRIDE} with a coded reason (a local
 * list, {@link OverrideReasons}) and free text. Append-only: a changed mind is a new review; the newest counts.
 */
public record EvaluationReview(UUID id, UUID evaluationId, UUID caseId, String decision, String reasonCode, String comment,
                               List<String> ruleIds, String finalStatus, String rulesVersion, String reviewedBy,
                               Instant reviewedAt) {

    public static final String ACCEPT = "ACCEPT";
    public static final String OVERRIDE = "OVERRIDE";
    /** Same minimum as the board's override reason (pathway.md STG-04). */
    public static final int MIN_OVERRIDE_COMMENT = 20;
}
