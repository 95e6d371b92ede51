package org.ablationpath.followup.ui;

import com.vaadin.flow.component.Component;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.referral.CaseDirectory;

/** Registers the form for the yearly "Vital status" task (STG-13). */
@org.springframework.stereotype.Component
class VitalStatusCheckEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final CaseDirectory cases;
    private final AccessLog accessLog;

    VitalStatusCheckEditor(CaseTasks tasks, CaseDirectory cases, AccessLog accessLog) {
        this.tasks = tasks;
        this.cases = cases;
        this.accessLog = accessLog;
    }

    @Override
    public String formKey() {
        return "vital-status-check";
    }

    @Override
    public Component create(TaskItem task, Runnable onCompleted) {
        cases.visibleCaseAccess(task.caseId()).ifPresent(c ->
                accessLog.patientRecordRead(c.patientId(), c.id(), c.centerId(), "VIEW_VITAL_STATUS_CHECK"));
        return new VitalStatusCheckFormView(task, tasks, onCompleted);
    }
}
