package org.ablationpath.board;

import java.util.List;
import java.util.UUID;

/**
 * The nomination check of a case for a meeting: complete when the rules have the data they need (no VAL error) and
 * no lab or imaging is older than the limits at the meeting date (VAL-08, TMR-06); otherwise what is missing.
 */
public record Nomination(UUID caseId, String patientPseudonym, boolean complete, List<String> problems) {
}
