package org.ablationpath.safety.ui;

import org.ablationpath.identity.AccessLog;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.referral.CaseDirectory;

/** Registers the form of the "Morbidity and mortality review" task (TMR-11). */
@org.springframework.stereotype.Component
class MortalityReviewEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final CaseDirectory cases;
    private final AccessLog accessLog;

    MortalityReviewEditor(CaseTasks tasks, CaseDirectory cases, AccessLog accessLog) {
        this.tasks = tasks;
        this.cases = cases;
        this.accessLog = accessLog;
    }

    @Override
    public String formKey() {
        return "mortality-review";
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task, Runnable onCompleted) {
        cases.visibleCaseAccess(task.caseId()).ifPresent(c ->
                accessLog.patientRecordRead(c.patientId(), c.id(), c.centerId(), "VIEW_MORTALITY_REVIEW_TASK"));
        return new MortalityReviewFormView(task, tasks, onCompleted);
    }
}
