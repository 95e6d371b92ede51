package org.ablationpath.followup;

import java.time.LocalDate;
import java.util.UUID;

/** A user ended a case's follow-up (death, withdrawal, …): the pathway ends from whatever stage it is in. */
public record FollowUpEnded(UUID caseId, String centerId, EndReason reason, LocalDate date) {
}
