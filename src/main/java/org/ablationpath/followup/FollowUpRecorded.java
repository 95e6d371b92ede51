package org.ablationpath.followup;

import java.util.UUID;

/**
 * A follow-up visit, a vital status check or an end of follow-up the pathway records itself (END-04, END-06, the
 * decision for an indication without a schedule) was stored: outcomes derived from it are recomputed.
 */
public record FollowUpRecorded(UUID caseId, String centerId) {
}
