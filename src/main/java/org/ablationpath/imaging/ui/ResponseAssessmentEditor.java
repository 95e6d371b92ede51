package org.ablationpath.imaging.ui;

import java.time.Clock;
import java.time.LocalDate;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.imaging.internal.TumorsToAssess;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.referral.CaseDirectory;

/** Registers the response assessment form for the "response-assessment" task. */
@org.springframework.stereotype.Component
class ResponseAssessmentEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final TumorsToAssess tumorsToAssess;
    private final CaseDirectory cases;
    private final AccessLog accessLog;
    private final Clock clock;

    ResponseAssessmentEditor(CaseTasks tasks, TumorsToAssess tumorsToAssess, CaseDirectory cases, AccessLog accessLog, Clock clock) {
        this.tasks = tasks;
        this.tumorsToAssess = tumorsToAssess;
        this.cases = cases;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return "response-assessment";
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task, Runnable onCompleted) {
        cases.visibleCaseAccess(task.caseId()).ifPresent(c ->
                accessLog.patientRecordRead(c.patientId(), c.id(), c.centerId(), "VIEW_RESPONSE_ASSESSMENT"));
        return new ResponseAssessmentFormView(task, tumorsToAssess.of(task.caseId()), LocalDate.now(clock), tasks, onCompleted);
    }
}
