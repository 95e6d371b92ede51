package org.ablationpath.procedure.ui;

import org.ablationpath.identity.AccessLog;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.procedure.internal.CaseFactsReader;
import org.ablationpath.procedure.internal.ChecklistRules;
import org.ablationpath.referral.CaseDirectory;

/** Registers the checklist screen for the "Pre-procedure checklist" task. */
@org.springframework.stereotype.Component
class PreProcedureChecklistEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final CaseDirectory cases;
    private final AccessLog accessLog;
    private final CaseFactsReader facts;
    private final ChecklistRules rules;

    PreProcedureChecklistEditor(CaseTasks tasks, CaseDirectory cases, AccessLog accessLog, CaseFactsReader facts,
                                ChecklistRules rules) {
        this.tasks = tasks;
        this.cases = cases;
        this.accessLog = accessLog;
        this.facts = facts;
        this.rules = rules;
    }

    @Override
    public String formKey() {
        return "pre-procedure-checklist";
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task, Runnable onCompleted) {
        cases.visibleCaseAccess(task.caseId()).ifPresent(c ->
                accessLog.patientRecordRead(c.patientId(), c.id(), c.centerId(), "VIEW_PRE_PROCEDURE_CHECKLIST"));
        return new PreProcedureChecklistView(task, facts.of(task.caseId()), rules, tasks, onCompleted);
    }
}
