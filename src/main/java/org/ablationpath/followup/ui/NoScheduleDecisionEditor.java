package org.ablationpath.followup.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.UnscheduledIndication;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;

/** Registers the form of "Decide the follow-up: no schedule for this indication" (pathway.md 7.4, section 8). */
@org.springframework.stereotype.Component
class NoScheduleDecisionEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final FollowUpSchedule schedule;

    NoScheduleDecisionEditor(CaseTasks tasks, FollowUpSchedule schedule) {
        this.tasks = tasks;
        this.schedule = schedule;
    }

    @Override
    public String formKey() {
        return "no-schedule-follow-up";
    }

    @Override
    public Component create(TaskItem task, Runnable onCompleted) {
        List<String> indications = schedule.indicationsWithoutSchedule(task.caseId()).stream()
                .map(UnscheduledIndication::label).toList();
        // the task's subject names them as they were when the task opened, should the case's tumours have changed since
        if (indications.isEmpty() && task.subjectId() != null && !task.subjectId().isBlank()) {
            indications = List.of(task.subjectId());
        }
        return new NoScheduleDecisionFormView(task, tasks, indications, onCompleted);
    }
}
