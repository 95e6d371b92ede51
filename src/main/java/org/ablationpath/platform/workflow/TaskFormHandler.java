package org.ablationpath.platform.workflow;

import java.util.Map;

/**
 * A module's form for a user task, found by the task's {@code formKey}. The screen and the REST API submit the
 * same form type, so both get the same validation. {@link #submit} persists the module's data and returns the
 * routing variables for the process; it runs in the transaction that completes the task.
 *
 * @param <F> the form bean, validated with Bean Validation before {@link #submit} is called
 */
public interface TaskFormHandler<F> {

    String formKey();

    Class<F> formType();

    Map<String, Object> submit(TaskContext task, F form);
}
