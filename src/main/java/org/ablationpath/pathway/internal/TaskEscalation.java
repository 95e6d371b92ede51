package org.ablationpath.pathway.internal;

import org.ablationpath.identity.Role;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A timer's "task escalates to …" (TMR-01, TMR-10, TMR-11, TMR-14): the open task also reaches the escalation role's
 * users, who can complete it; the roles it was for keep it. pathway.md names a function for TMR-01 (the MDT coordinator lead), the
 * application has roles, so which role that is comes from configuration.
 */
@Component("taskEscalation")
public class TaskEscalation {

    private final TaskService tasks;
    private final String coordinatorLeadRole;

    public TaskEscalation(TaskService tasks, @Value("${ablationpath.pathway.coordinator-lead-role}") String coordinatorLeadRole) {
        this.tasks = tasks;
        this.coordinatorLeadRole = coordinatorLeadRole;
    }

    /** Adds the coordinator lead's role to this process instance's open tasks of the given definition, once. */
    public void toCoordinatorLead(DelegateExecution execution, String taskDefinitionKey) {
        addRole(execution, taskDefinitionKey, coordinatorLeadRole);
    }

    /** TMR-10 "then data manager", TMR-14 "data-manager task": the task also reaches the data managers. */
    public void toDataManager(DelegateExecution execution, String taskDefinitionKey) {
        addRole(execution, taskDefinitionKey, Role.DATA_MANAGER.name());
    }

    /** TMR-11 "escalation to quality lead": the roles a safety.md function is mapped onto, comma-separated. */
    public void toRoles(DelegateExecution execution, String taskDefinitionKey, String roles) {
        for (String role : (roles == null ? "" : roles).split(",")) {
            if (!role.isBlank()) {
                addRole(execution, taskDefinitionKey, role.strip());
            }
        }
    }

    private void addRole(DelegateExecution execution, String taskDefinitionKey, String role) {
        tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskDefinitionKey)
                .list()
                .stream()
                .filter(task -> tasks.getIdentityLinksForTask(task.getId()).stream()
                        .noneMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                                && role.equals(link.getGroupId())))
                .forEach(task -> tasks.addCandidateGroup(task.getId(), role));
    }
}
