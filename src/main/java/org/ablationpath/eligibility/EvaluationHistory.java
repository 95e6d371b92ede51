package org.ablationpath.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The evaluations of each case, newest first. */
public interface EvaluationHistory {

    StoredEvaluation record(UUID caseId, EligibilityEvaluation evaluation, String trigger);

    Optional<StoredEvaluation> latest(UUID caseId);

    Optional<StoredEvaluation> find(UUID evaluationId);

    List<StoredEvaluation> history(UUID caseId);
}
