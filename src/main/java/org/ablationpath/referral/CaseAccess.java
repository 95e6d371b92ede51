package org.ablationpath.referral;

import java.util.UUID;

/**
 * What an access check and the read audit need of a case — its id, patient, center and whether it was voided —
 * read as one row, without the case's summary (pseudonym, tumours, stage).
 */
public record CaseAccess(UUID id, UUID patientId, String centerId, boolean voided) {
}
