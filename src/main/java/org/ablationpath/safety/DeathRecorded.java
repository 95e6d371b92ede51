package org.ablationpath.safety;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A patient's death was recorded for a case (vital status check, or follow-up ended for death): the safety rules raise
 * ALR-01 when it falls within 30 days of an ablation session (TMG-03). Published by the follow-up module; it lives in
 * the safety module's public package for the same reason as {@link FollowUpWindowClosed} (followup already depends on
 * safety, so safety may not depend on followup).
 */
public record DeathRecorded(UUID caseId, String centerId, LocalDate deathDate) {
}
