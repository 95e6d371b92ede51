package org.ablationpath.pathway.internal;

import java.util.Date;
import java.util.UUID;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.FollowUpScheduleChanged;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.VisitStatus;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new schedule version moved a case's planned visits: the visit the pathway waits for gets its new window, so
 * its timers (window opens, window closes) and its task's due date follow the recomputed dates.
 */
@Component
class VisitTimerMover {

    static final String VISIT_PROCESS_KEY = "follow-up-visit";
    static final String WINDOW_OPENS = "Event_VisitWindowOpens";
    static final String WINDOW_CLOSED = "Event_VisitWindowClosed";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;
    private final FollowUpSchedule followUp;

    VisitTimerMover(RuntimeService runtime, ManagementService management, TaskService tasks, FollowUpSchedule followUp) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
        this.followUp = followUp;
    }

    @EventListener
    void on(FollowUpScheduleChanged changed) {
        for (ProcessInstance waiting : runtime.createProcessInstanceQuery().processDefinitionKey(VISIT_PROCESS_KEY)
                .processInstanceBusinessKey(changed.caseId().toString()).active().list()) {
            String visitId = (String) runtime.getVariable(waiting.getId(), ProcessVariables.VISIT_ID);
            followUp.visit(UUID.fromString(visitId)).filter(visit -> visit.status() == VisitStatus.PLANNED)
                    .ifPresent(visit -> move(waiting.getId(), visit));
        }
    }

    private void move(String processInstanceId, ScheduledVisit visit) {
        runtime.setVariable(processInstanceId, ProcessVariables.VISIT_WINDOW_START, PathwayTimers.startOf(visit.windowStart()));
        runtime.setVariable(processInstanceId, ProcessVariables.VISIT_TARGET, PathwayTimers.startOf(visit.targetDate()));
        runtime.setVariable(processInstanceId, ProcessVariables.VISIT_WINDOW_CLOSES, PathwayTimers.closingOf(visit.windowEnd()));
        for (Job timer : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId()).singleResult();
            if (WINDOW_OPENS.equals(definition.getActivityId())) {
                management.setJobDuedate(timer.getId(), PathwayTimers.startOf(visit.windowStart()));
            } else if (WINDOW_CLOSED.equals(definition.getActivityId())) {
                management.setJobDuedate(timer.getId(), PathwayTimers.closingOf(visit.windowEnd()));
            }
        }
        Date target = PathwayTimers.startOf(visit.targetDate());
        tasks.createTaskQuery().processInstanceId(processInstanceId).list().forEach(task -> {
            task.setDueDate(target);
            tasks.saveTask(task);
        });
    }
}
