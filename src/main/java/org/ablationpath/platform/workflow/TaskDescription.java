package org.ablationpath.platform.workflow;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A task with the fields of its form: what {@code GET /api/tasks/{id}} returns. */
public record TaskDescription(@JsonUnwrapped TaskItem task, List<FormField> formFields) {
}
