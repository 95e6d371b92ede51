package org.ablationpath.pathway.internal;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * An escalation that widens who may work on an open task: the task of activity {@code escalatedTask} in this process
 * instance also goes to {@code candidateGroup} (TMR-10 "then data manager"); its first candidates keep it.
 */
@Component("addCandidateGroupDelegate")
public class AddCandidateGroupDelegate implements JavaDelegate {

    static final String ESCALATED_TASK = "escalatedTask";
    static final String CANDIDATE_GROUP = "candidateGroup";

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        String group = (String) execution.getVariable(CANDIDATE_GROUP);
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey((String) execution.getVariable(ESCALATED_TASK)).list()
                .forEach(task -> tasks.addCandidateGroup(task.getId(), group));
    }
}
