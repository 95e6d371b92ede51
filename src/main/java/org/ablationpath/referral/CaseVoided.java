package org.ablationpath.referral;

import java.util.UUID;

/** A case entered in error was voided: it leaves the pathway (its process ends) but stays on record. */
public record CaseVoided(UUID caseId, String reason) {
}
