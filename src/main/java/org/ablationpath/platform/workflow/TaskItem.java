package org.ablationpath.platform.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of "My tasks". {@code subjectId}: the record the task is about when a case has several (the follow-up visit,
 * the adverse event; {@link TaskContext#SUBJECT_ID}), so its screen can show that record; null otherwise.
 */
public record TaskItem(String id, String name, String formKey, UUID caseId, String centerId, String patientPseudonym,
                       String stage, Instant created, Instant due, boolean overdue, String assignee, String subjectId) {
}
