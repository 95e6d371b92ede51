package org.ablationpath.referral;

import java.util.Optional;
import java.util.UUID;

/** Reading and setting a case's trial or registry enrolment (safety.md ALR-16). */
public interface CaseEnrolments {

    /** The enrolment of a case, without a visibility check: for the safety rules of a case already in hand. */
    Optional<CaseEnrolment> of(UUID caseId);

    /**
     * Sets the enrolment of a case of the caller's centers; bad values are a problem naming the field, an unknown or
     * voided case is not found. The change is a revision of the case (audited).
     *
     * @param reportWithinHours null for the default of 24 h
     */
    CaseEnrolment set(UUID caseId, String enrolled, Boolean expeditedReporting, Integer reportWithinHours);
}
