package org.ablationpath.platform.workflow;

import java.util.UUID;

/**
 * The task a form is submitted for. {@code subjectId} names the record the task is about when a case has several
 * (the follow-up visit, the adverse event, the deviation); the process sets it as the task's local variable
 * {@link #SUBJECT_ID}, null otherwise.
 */
public record TaskContext(String taskId, String taskName, String formKey, UUID caseId, String centerId, String subjectId) {

    public static final String SUBJECT_ID = "subjectId";
}
