package org.ablationpath.board;

import java.time.Instant;
import java.util.UUID;

/**
 * A recorded board decision with the recommendation it saw. {@code reAblationPreAuthorised} is null when the board
 * did not say (the same as not pre-authorised).
 */
public record BoardDecision(UUID id, UUID caseId, DecisionCode decisionCode, Intent intent, String rationale,
                            String overrideReason, String recommendedStatus, boolean concordant, UUID evaluationId,
                            String rulesVersion, String decidedBy, Instant decidedAt, Boolean reAblationPreAuthorised) {

    public boolean preAuthorisesReAblation() {
        return Boolean.TRUE.equals(reAblationPreAuthorised);
    }
}
