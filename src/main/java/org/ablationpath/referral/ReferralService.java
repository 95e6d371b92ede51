package org.ablationpath.referral;

import java.util.UUID;
import org.ablationpath.eligibility.CaseDocument;

/** Intake: a referral becomes a patient, a case with its tumours and labs, and a running pathway — or nothing. */
public interface ReferralService {

    /**
     * Validates the document with the eligibility validation rules and stores it as a new case of the
     * signed-in physician's center.
     *
     * @throws ReferralRejectedException with one problem per failing field; nothing is stored then
     */
    UUID submit(CaseDocument document, ReferralDetails details);
}
