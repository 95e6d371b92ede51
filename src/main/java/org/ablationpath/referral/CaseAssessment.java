package org.ablationpath.referral;

import java.util.UUID;
import org.ablationpath.eligibility.StoredEvaluation;

/** Evaluates a case's stored data with the eligibility rules and keeps the evaluation with the case. */
public interface CaseAssessment {
    /** Evaluates with today as evaluation date. */
    StoredEvaluation assess(UUID caseId, String trigger);

    /** Evaluates as of a given date, e.g. the planned procedure date (pathway.md STG-05 re-evaluation). */
    StoredEvaluation assess(UUID caseId, String trigger, java.time.LocalDate evaluationDate);
}
