package org.ablationpath.pathway.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.query.NativeQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks of given cases, for the case page and the worklist, as two native engine queries. The engine's task
 * query builds its SQL from a mapping of a hundred optional conditions at every call; under load that building took
 * more CPU than the database answering it. Form keys come from the deployed definitions, which never change.
 */
@Component
class CaseTaskQueries {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final FormService forms;
    private final ManagementService management;
    private final Map<String, Optional<String>> formKeys = new ConcurrentHashMap<>();
    private volatile String taskTable;
    private volatile String executionTable;

    CaseTaskQueries(TaskService tasks, RuntimeService runtime, FormService forms, ManagementService management) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.forms = forms;
        this.management = management;
    }

    /** The running process instances of the cases (the pathway and the processes it called), by instance id. */
    Map<String, UUID> instancesOf(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        var query = runtime.createNativeProcessInstanceQuery();
        String keys = parameters(query, "case", caseIds.stream().map(UUID::toString).toList());
        Map<String, UUID> caseByInstance = new HashMap<>();
        for (ProcessInstance instance : query.sql("select RES.* from " + executionTable() + " RES where RES.BUSINESS_KEY_ in ("
                + keys + ") and RES.ID_ = RES.PROC_INST_ID_").list()) {
            caseByInstance.put(instance.getId(), UUID.fromString(instance.getBusinessKey()));
        }
        return caseByInstance;
    }

    /** The active (not suspended) tasks of the instances, oldest first. */
    List<Task> activeTasksOf(Collection<String> instanceIds) {
        if (instanceIds.isEmpty()) {
            return List.of();
        }
        var query = tasks.createNativeTaskQuery();
        String ids = parameters(query, "instance", instanceIds);
        return query.sql("select RES.* from " + taskTable() + " RES where RES.PROC_INST_ID_ in (" + ids
                + ") and RES.SUSPENSION_STATE_ = 1 order by RES.CREATE_TIME_ asc, RES.ID_ asc").list();
    }

    /** The task's form key as its deployed definition declares it (null for a task without one). */
    String formKey(Task task) {
        if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
            return null;
        }
        String key = task.getProcessDefinitionId() + "\n" + task.getTaskDefinitionKey();
        return formKeys.computeIfAbsent(key,
                k -> Optional.ofNullable(forms.getTaskFormKey(task.getProcessDefinitionId(), task.getTaskDefinitionKey())))
                .orElse(null);
    }

    /** Binds each value as its own parameter and returns the placeholders: no value is ever written into the SQL. */
    private static String parameters(NativeQuery<?, ?> query, String prefix, Collection<String> values) {
        List<String> placeholders = new ArrayList<>();
        int i = 0;
        for (String value : values) {
            String name = prefix + i++;
            query.parameter(name, value);
            placeholders.add("#{" + name + "}");
        }
        return String.join(", ", placeholders);
    }

    private String taskTable() {
        if (taskTable == null) {
            taskTable = management.getTableName(Task.class);
        }
        return taskTable;
    }

    private String executionTable() {
        if (executionTable == null) {
            executionTable = management.getTableName(ProcessInstance.class);
        }
        return executionTable;
    }
}
