package org.ablationpath.followup;

import java.util.UUID;

/** The planned visits of a case were recomputed for a new schedule version: timers waiting for them must move. */
public record FollowUpScheduleChanged(UUID caseId) {
}
