package org.ablationpath.eligibility;

import java.util.List;
import java.util.UUID;

/**
 * Accept/override reviews of stored evaluations and the override statistics per rule. The caller has checked that
 * the evaluation belongs to a case the user may see.
 */
public interface EvaluationReviews {

    /**
     * @throws org.ablationpath.platform.web.InvalidInputException (400) for an unknown decision or reason code, or an
     *         override without a comment of at least {@link EvaluationReview#MIN_OVERRIDE_COMMENT} characters
     */
    EvaluationReview record(StoredEvaluation evaluation, String decision, String reasonCode, String comment, String reviewedBy);

    /** Reviews of a case, newest first. */
    List<EvaluationReview> ofCase(UUID caseId);

    /** Per rule id that fired in any stored evaluation, sorted by rule id. */
    List<OverrideStatistic> overrideStatistics();
}
