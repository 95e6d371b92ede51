package org.ablationpath.referral;

import java.util.UUID;

/** Voiding a case entered in error, with a reason; clinical records are never deleted. */
public interface CaseVoiding {
    void voidCase(UUID caseId, String reason);
}
