package org.ablationpath.followup.ui;

import com.vaadin.flow.component.Component;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.referral.CaseDirectory;

/** Registers the questionnaire for the "Day-7 phone call" task. */
@org.springframework.stereotype.Component
class DaySevenCallEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final CaseDirectory cases;
    private final AccessLog accessLog;

    DaySevenCallEditor(CaseTasks tasks, CaseDirectory cases, AccessLog accessLog) {
        this.tasks = tasks;
        this.cases = cases;
        this.accessLog = accessLog;
    }

    @Override
    public String formKey() {
        return "day-7-call";
    }

    @Override
    public Component create(TaskItem task, Runnable onCompleted) {
        cases.visibleCaseAccess(task.caseId()).ifPresent(c ->
                accessLog.patientRecordRead(c.patientId(), c.id(), c.centerId(), "VIEW_DAY_SEVEN_CALL"));
        return new DaySevenCallFormView(task, tasks, onCompleted);
    }
}
