package org.ablationpath.platform.workflow;

import java.util.UUID;

/** The task a form is submitted for. */
public record TaskContext(String taskId, String taskName, String formKey, UUID caseId, String centerId) {
}
