package org.ablationpath.referral;

import java.util.UUID;
import org.ablationpath.eligibility.StoredEvaluation;

/** Evaluates a case's stored data with the eligibility rules and keeps the evaluation with the case. */
public interface CaseAssessment {
    StoredEvaluation assess(UUID caseId, String trigger);
}
