package org.ablationpath.board;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded board decision with the recommendation it saw. {@code reAblationPreAuthorised} is null when the board
 * did not say (the same as not pre-authorised). A decision taken in a meeting also names the meeting, who was present
 * ({@code attendees}, name and specialty), whether the meeting was quorate for the case, and the chair's exception
 * when it was not ({@code provisional}: pathway.md 6.1, to be confirmed at the next meeting).
 */
public record BoardDecision(UUID id, UUID caseId, DecisionCode decisionCode, Intent intent, String rationale,
                            String overrideReason, String recommendedStatus, boolean concordant, UUID evaluationId,
                            String rulesVersion, String decidedBy, Instant decidedAt, Boolean reAblationPreAuthorised,
                            UUID meetingId, String attendees, Boolean quorate, boolean provisional,
                            String quorumExceptionReason, List<String> targetLesions, PlannedModality plannedModality,
                            Boolean trialArmAblation) {

    /** Whether the decision includes an ablation: its code's, or a clinical trial whose treatment is one. */
    public boolean ablative() {
        return decisionCode.ablative(trialArmAblation);
    }

    public boolean preAuthorisesReAblation() {
        return Boolean.TRUE.equals(reAblationPreAuthorised);
    }
}
