package org.ablationpath.referral;

import java.util.UUID;

/** Published in the submitting transaction: the pathway starts for the new case, or nothing is stored at all. */
public record CaseReferred(UUID caseId, String centerId, java.time.LocalDate referralDate) {
}
