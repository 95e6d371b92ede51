package org.ablationpath.followup;

import java.time.LocalDate;
import java.util.List;

/** The visit grid anchored on an ablation session (contract: {@code followUpPlan}). */
public record FollowUpPlan(String scheduleId, String scheduleVersion, LocalDate anchorDate, List<PlannedVisit> visits) {
}
