package org.ablationpath.board.ui;

import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.referral.CaseDirectory;

/** Registers the board's decision form for the "Review at tumor board" task. */
@org.springframework.stereotype.Component
class BoardReviewEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final EvaluationHistory evaluations;
    private final CaseDirectory cases;
    private final AccessLog accessLog;

    BoardReviewEditor(CaseTasks tasks, EvaluationHistory evaluations, CaseDirectory cases, AccessLog accessLog) {
        this.tasks = tasks;
        this.evaluations = evaluations;
        this.cases = cases;
        this.accessLog = accessLog;
    }

    @Override
    public String formKey() {
        return "board-review";
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task, Runnable onCompleted) {
        cases.visibleCaseAccess(task.caseId()).ifPresent(c ->
                accessLog.patientRecordRead(c.patientId(), c.id(), c.centerId(), "VIEW_BOARD_REVIEW"));
        return new BoardDecisionFormView(task, evaluations.latest(task.caseId()), tasks, onCompleted);
    }
}
