package org.ablationpath.platform.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The signed-in user's work: tasks of their roles (candidate groups) and centers (tenants). */
public interface CaseTasks {

    List<TaskItem> myTasks(int offset, int limit);

    Optional<TaskItem> task(String taskId);

    List<TaskItem> openTasksOfCase(UUID caseId);

    /** The open tasks of several visible cases in a few queries (a grid page), by case; invisible cases are absent. */
    Map<UUID, List<TaskItem>> openTasksOfCases(Collection<UUID> caseIds);

    void claim(String taskId);

    /** Validates and submits the task's form, then completes the task; all or nothing. */
    void complete(String taskId, Object form);

    /** As {@link #complete(String, Object)}, with the form as JSON (REST API). */
    void completeFromJson(String taskId, JsonNode form);

    TaskFormHandler<?> handlerFor(String formKey);
}
