package org.ablationpath.imaging;

import java.util.UUID;

/** A response or surveillance imaging study of a case was assessed: outcomes derived from it are recomputed. */
public record ResponseAssessed(UUID caseId, String centerId) {
}
