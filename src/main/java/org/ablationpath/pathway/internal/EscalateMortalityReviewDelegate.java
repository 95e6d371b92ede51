package org.ablationpath.pathway.internal;

import java.util.Arrays;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * TMR-11 breached: "escalation to quality lead". The open review task reaches the quality lead's roles too (they
 * join its candidate groups); it stays open for those it was addressed to.
 */
@Component("escalateMortalityReviewDelegate")
class EscalateMortalityReviewDelegate implements JavaDelegate {

    static final String REVIEW_TASK = "Activity_MortalityReview";

    @Override
    public void execute(DelegateExecution execution) {
        String groups = (String) execution.getVariable(MortalityReviewStarter.ESCALATION_GROUPS);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(REVIEW_TASK).list()
                .forEach(task -> Arrays.stream(groups == null ? new String[0] : groups.split(","))
                        .map(String::strip).filter(g -> !g.isEmpty())
                        .forEach(group -> tasks.addCandidateGroup(task.getId(), group)));
    }
}
