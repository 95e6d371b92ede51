package org.ablationpath.pathway.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ablationpath.platform.workflow.TaskContext;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Reads an open task with everything its completion checks and needs in one engine command, by primary keys: the
 * task, its identity links, its process instance and the subject variable. It replaces two task queries, a process
 * instance query and a variable command per completion, whose dynamic SQL (MyBatis/OGNL) was a large share of a
 * pathway step (docs/benchmarks.md, Pathway).
 */
@Component
class OpenTasks {

    private final CommandExecutor commands;

    OpenTasks(ProcessEngine engine) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    /** The task if it is still open (it exists at runtime), else empty. */
    Optional<OpenTask> read(String taskId) {
        return Optional.ofNullable(commands.execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                return null;
            }
            task.initializeFormKey();
            Set<String> candidateGroups = task.getIdentityLinks().stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(link -> link.getGroupId())
                    .collect(Collectors.toSet());
            ExecutionEntity instance = task.getProcessInstance();
            Object subject = task.getVariable(TaskContext.SUBJECT_ID);
            return new OpenTask(task.getId(), task.getName(), task.getFormKey(), task.getTenantId(), task.getAssignee(),
                    task.isSuspended(), candidateGroups, instance == null ? null : instance.getBusinessKey(),
                    subject == null ? null : subject.toString());
        }));
    }

    /**
     * Claims the task for the user (when {@code claimFor} is not null) and completes it with the variables, as
     * {@code TaskService.claim} and {@code TaskService.complete} do, in one engine command: one flush of the task,
     * its history and the operation log instead of two.
     */
    void claimAndComplete(String taskId, String claimFor, Map<String, Object> variables) {
        commands.execute(context -> {
            if (claimFor != null) {
                new ClaimTaskCmd(taskId, claimFor).execute(context);
            }
            return new CompleteTaskCmd(taskId, variables, false, false).execute(context);
        });
    }
}
