package org.ablationpath.platform.workflow;

import com.vaadin.flow.component.Component;

/** A module's screen form for the user tasks with its form key; it completes the task through {@link CaseTasks}. */
public interface TaskFormEditor {

    String formKey();

    /** A new editor for the task; {@code onCompleted} runs after the task was completed. */
    Component create(TaskItem task, Runnable onCompleted);
}
