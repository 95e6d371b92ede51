package org.ablationpath.board.ui;

import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.pathway.CaseTasks;
import org.ablationpath.pathway.TaskFormEditor;
import org.ablationpath.pathway.TaskItem;

/** Registers the board's decision form for the "Review at tumor board" task. */
@org.springframework.stereotype.Component
class BoardReviewEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final EvaluationHistory evaluations;

    BoardReviewEditor(CaseTasks tasks, EvaluationHistory evaluations) {
        this.tasks = tasks;
        this.evaluations = evaluations;
    }

    @Override
    public String formKey() {
        return "board-review";
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task, Runnable onCompleted) {
        return new BoardDecisionFormView(task, evaluations.latest(task.caseId()), tasks, onCompleted);
    }
}
