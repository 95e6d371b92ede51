package org.ablationpath.referral;

import java.util.UUID;
import org.ablationpath.eligibility.CaseDocument;

/**
 * The work-up (pathway.md STG-02): the case's data replaced by a complete, valid case document, with history kept
 * (every change is a versioned revision; new labs are a new panel; dropped tumours are voided, not deleted).
 */
public interface CaseDataUpdate {

    /**
     * Validates the document exactly as a referral is validated (the VAL rules with the center's parameters) and
     * stores it as the case's data, so that {@link CaseDirectory#caseDocument} returns it afterwards. The patient's
     * identity (pseudonym, birth date, sex) and the referral date cannot change; labs cannot be older than those stored.
     *
     * @param note why the data changed, kept with the revision; optional (at most 2000 characters)
     * @throws org.ablationpath.platform.web.InvalidInputException 400, one problem per failing field, named by its
     *                                                             path in the document (e.g. {@code labs.inr});
     *                                                             nothing is stored then
     * @throws org.ablationpath.platform.web.NotFoundException     when the case is unknown or of another center
     * @throws org.ablationpath.platform.web.ConflictException     when the case was voided
     */
    void update(UUID caseId, CaseDocument document, String note);
}
