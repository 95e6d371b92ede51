package org.ablationpath.board.ui;

import java.util.List;
import org.ablationpath.board.BoardDecisions;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.referral.CaseDirectory;
import org.springframework.beans.factory.annotation.Value;

/** Registers the follow-through form for the "Confirm the decided treatment started" task. */
@org.springframework.stereotype.Component
class FollowThroughEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final BoardDecisions decisions;
    private final CaseDirectory cases;
    private final AccessLog accessLog;
    private final List<String> reasonCodes;

    FollowThroughEditor(CaseTasks tasks, BoardDecisions decisions, CaseDirectory cases, AccessLog accessLog,
                        @Value("${ablationpath.deviation-reasons}") List<String> reasonCodes) {
        this.tasks = tasks;
        this.decisions = decisions;
        this.cases = cases;
        this.accessLog = accessLog;
        this.reasonCodes = List.copyOf(reasonCodes);
    }

    @Override
    public String formKey() {
        return "decision-follow-through";
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task, Runnable onCompleted) {
        cases.visibleCaseAccess(task.caseId()).ifPresent(c ->
                accessLog.patientRecordRead(c.patientId(), c.id(), c.centerId(), "VIEW_FOLLOW_THROUGH"));
        return new FollowThroughFormView(task, decisions.ofCase(task.caseId()).stream().findFirst(), reasonCodes, tasks,
                onCompleted);
    }
}
