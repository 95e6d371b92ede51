package org.ablationpath.referral.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.referral.CaseSummary;
import org.ablationpath.referral.WorkupForm;

/**
 * The work-up (pathway.md STG-02): what the latest evaluation found missing or invalid, then the referral form
 * prefilled with the case's data (identity and referral fixed), its problems shown next to the fields. Saving
 * revises the case's data and completes the task; the pathway then evaluates the case again.
 */
class WorkupFormView extends VerticalLayout {

    private static final String DOCUMENT_PATH = "document.";

    final ReferralFormView form;
    final TextArea note = new TextArea();
    final UnorderedList findings = new UnorderedList();

    WorkupFormView(TaskItem task, CaseSummary kase, CaseDocument stored, Optional<StoredEvaluation> latest, CaseTasks tasks,
                   ObjectMapper json, Runnable onCompleted) {
        setPadding(false);
        List<FieldProblem> invalid = validationErrors(latest);
        List<String> actions = latest.map(StoredEvaluation::requiredActions).orElse(List.of());
        add(new H3(getTranslation("workup.findings")));
        findings.setId("workup-findings");
        if (invalid.isEmpty() && actions.isEmpty()) {
            add(new Paragraph(getTranslation(latest.isPresent() ? "workup.findings.none" : "workup.findings.noEvaluation")));
        } else {
            invalid.forEach(p -> findings.add(new ListItem((p.rule() == null ? "" : p.rule() + " · ") + p.field() + ": " + p.message())));
            actions.forEach(action -> findings.add(new ListItem(getTranslation("workup.requiredAction") + ": " + action)));
            add(findings);
        }

        note.setId("workup-note");
        note.setLabel(getTranslation("workup.note"));
        note.setHelperText(getTranslation("workup.note.help"));
        note.setMaxLength(2000);
        note.setWidthFull();
        form = new ReferralFormView(ReferralDocuments.form(stored, kase), true, DOCUMENT_PATH, edited -> {
            tasks.complete(task.id(), new WorkupForm(ReferralDocuments.revisedDocument(edited, stored, json), note.getValue()));
            onCompleted.run();
        });
        form.addBeforeSubmit(note);
        form.showProblems(invalid);
        add(form);
    }

    /** What the latest evaluation found missing or invalid (VAL errors), by field path in the case document. */
    private static List<FieldProblem> validationErrors(Optional<StoredEvaluation> latest) {
        List<FieldProblem> problems = new ArrayList<>();
        latest.ifPresent(e -> {
            for (JsonNode error : e.result().path("validation").path("errors")) {
                problems.add(new FieldProblem(error.path("field").asText(), error.path("message").asText(),
                        error.path("rule").isMissingNode() ? null : error.path("rule").asText()));
            }
        });
        return problems;
    }
}
