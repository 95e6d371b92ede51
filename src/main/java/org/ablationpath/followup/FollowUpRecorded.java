package org.ablationpath.followup;

import java.util.UUID;

/** A follow-up visit or a vital status check of a case was recorded: outcomes derived from it are recomputed. */
public record FollowUpRecorded(UUID caseId, String centerId) {
}
