package org.ablationpath.pathway.internal;

import java.util.Set;
import java.util.UUID;
import org.ablationpath.platform.workflow.TaskContext;

/**
 * What completing or claiming a task needs of it: its identity and form, its center (tenant), assignee, whether it
 * is suspended, its candidate groups, its process's business key (the case id) and its subject, if any.
 */
record OpenTask(String id, String name, String formKey, String tenantId, String assignee, boolean suspended,
                Set<String> candidateGroups, String businessKey, String subjectId) {

    TaskContext context() {
        return new TaskContext(id, name, formKey, UUID.fromString(businessKey), tenantId, subjectId);
    }
}
