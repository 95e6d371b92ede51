package org.ablationpath.procedure.ui;

import java.time.Clock;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.procedure.internal.CaseFactsReader;
import org.ablationpath.referral.CaseDirectory;

/** Registers the procedure record screen for the "Record the procedure" task. */
@org.springframework.stereotype.Component
class ProcedureRecordEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final CaseDirectory cases;
    private final AccessLog accessLog;
    private final CaseFactsReader facts;
    private final Clock clock;

    ProcedureRecordEditor(CaseTasks tasks, CaseDirectory cases, AccessLog accessLog, CaseFactsReader facts, Clock clock) {
        this.tasks = tasks;
        this.cases = cases;
        this.accessLog = accessLog;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return "procedure-record";
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task, Runnable onCompleted) {
        cases.visibleCaseAccess(task.caseId()).ifPresent(c ->
                accessLog.patientRecordRead(c.patientId(), c.id(), c.centerId(), "VIEW_PROCEDURE_RECORD"));
        return new ProcedureRecordView(task, facts.of(task.caseId()), clock.getZone(), tasks, onCompleted);
    }
}
