package org.ablationpath.procedure.ui;

import java.util.List;
import java.util.Optional;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.referral.CaseDirectory;

/** Registers the discharge screen for the "Observation and discharge" task. */
@org.springframework.stereotype.Component
class PostProcedureDischargeEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final CaseDirectory cases;
    private final AccessLog accessLog;
    private final ProcedureSessions sessions;

    PostProcedureDischargeEditor(CaseTasks tasks, CaseDirectory cases, AccessLog accessLog, ProcedureSessions sessions) {
        this.tasks = tasks;
        this.cases = cases;
        this.accessLog = accessLog;
        this.sessions = sessions;
    }

    @Override
    public String formKey() {
        return "post-procedure-discharge";
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task, Runnable onCompleted) {
        cases.visibleCaseAccess(task.caseId()).ifPresent(c ->
                accessLog.patientRecordRead(c.patientId(), c.id(), c.centerId(), "VIEW_DISCHARGE"));
        List<ProcedureSession> recorded = sessions.sessions(task.caseId());
        Optional<ProcedureSession> latest = recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.get(recorded.size() - 1));
        return new PostProcedureDischargeView(task, latest, tasks, onCompleted);
    }
}
