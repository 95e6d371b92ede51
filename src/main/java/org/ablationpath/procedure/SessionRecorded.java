package org.ablationpath.procedure;

import java.util.UUID;

/** A session of a case was recorded: outcomes derived from it (issue 8) are recomputed. */
public record SessionRecorded(UUID caseId, String centerId) {
}
