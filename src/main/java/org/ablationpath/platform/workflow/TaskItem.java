package org.ablationpath.platform.workflow;

import java.time.Instant;
import java.util.UUID;

/** A row of "My tasks". */
public record TaskItem(String id, String name, String formKey, UUID caseId, String centerId, String patientPseudonym,
                       String stage, Instant created, Instant due, boolean overdue, String assignee) {
}
