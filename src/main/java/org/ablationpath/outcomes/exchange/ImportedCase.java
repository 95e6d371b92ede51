package org.ablationpath.outcomes.exchange;

import java.util.UUID;

/** A case the registry import stored: its id, its evaluation and the eligibility status the rules gave it. */
public record ImportedCase(UUID caseId, UUID patientId, UUID evaluationId, String finalStatus) {
}
