package org.ablationpath.safety;

import java.util.UUID;

/** An adverse event was reported on a case: the pathway opens its review. */
public record AdverseEventReported(UUID caseId, String centerId, UUID adverseEventId) {
}
