package org.ablationpath.referral;

import java.util.UUID;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.EligibilityEvaluation;

/**
 * Registry import of a past case: validated and evaluated like a referral and stored as patient, case, tumours and
 * labs of the signed-in data manager's center, but no pathway starts (no {@link CaseReferred}): a case that ended
 * years ago must not get live timers and tasks.
 */
public interface RetrospectiveIntake {

    /** The referral source stored on imported cases. */
    String SOURCE = "REGISTRY_IMPORT";

    /**
     * Stores the document (its {@code followUp} is the caller's) at the given stage, with the board's decision
     * code if known. Joins the caller's transaction, so the caller's later failure leaves nothing.
     *
     * @throws ReferralRejectedException one problem per failing field; nothing is stored then
     */
    ImportedCase importCase(CaseDocument document, CaseStage stage, String decisionCode);

    /** The stored case and the evaluation its validation produced. */
    record ImportedCase(UUID caseId, UUID patientId, String centerId, EligibilityEvaluation evaluation) {
    }
}
