package org.ablationpath.referral.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.referral.CaseDirectory;

/** Registers the work-up screen for the "Complete the work-up" task: the referral form, prefilled from the case. */
@org.springframework.stereotype.Component
class WorkupEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final CaseDirectory cases;
    private final EvaluationHistory evaluations;
    private final AccessLog accessLog;
    private final ObjectMapper json;
    private final Clock clock;

    WorkupEditor(CaseTasks tasks, CaseDirectory cases, EvaluationHistory evaluations, AccessLog accessLog, ObjectMapper json,
                 Clock clock) {
        this.tasks = tasks;
        this.cases = cases;
        this.evaluations = evaluations;
        this.accessLog = accessLog;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return "workup";
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task, Runnable onCompleted) {
        return cases.visibleCase(task.caseId()).<com.vaadin.flow.component.Component>map(kase -> {
            accessLog.patientRecordRead(kase.patientId(), kase.id(), kase.centerId(), "VIEW_WORKUP");
            return new WorkupFormView(task, kase, cases.caseDocument(kase.id(), LocalDate.now(clock)),
                    evaluations.latest(kase.id()), tasks, json, onCompleted);
        }).orElseGet(WorkupEditor::notFound);
    }

    private static Paragraph notFound() {
        Paragraph notFound = new Paragraph();
        notFound.setText(notFound.getTranslation("error.notFound"));
        return notFound;
    }
}
