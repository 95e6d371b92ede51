package org.ablationpath.referral;

import java.time.LocalDate;
import java.util.UUID;

/** What lists and headers show about a case. */
public record CaseSummary(UUID id, String centerId, UUID patientId, String patientPseudonym, CaseStage stage,
                          LocalDate referralDate, String urgency, String question, String organs, String decisionCode,
                          String voidReason) {

    public boolean voided() {
        return voidReason != null;
    }
}
