package org.ablationpath.board;

import java.util.UUID;

/** A board decision of a case was recorded: registry figures derived from decisions (QI-11) are recomputed. */
public record BoardDecisionRecorded(UUID caseId, String centerId) {
}
