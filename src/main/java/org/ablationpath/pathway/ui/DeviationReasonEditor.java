package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.ablationpath.pathway.PathwayDeviations;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;

/** The "give the reason" tasks: which deviation (with its timer), a coded reason and a note. */
@org.springframework.stereotype.Component
class DeviationReasonEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final PathwayDeviations deviations;

    DeviationReasonEditor(CaseTasks tasks, PathwayDeviations deviations) {
        this.tasks = tasks;
        this.deviations = deviations;
    }

    @Override
    public String formKey() {
        return "deviation-reason";
    }

    @Override
    public Component create(TaskItem task, Runnable onCompleted) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        // the deviation this task is about (its subject), not merely the case's latest one
        deviations.of(task.caseId()).stream().filter(d -> d.id().toString().equals(task.subjectId())).findFirst()
                .ifPresent(d -> layout.add(new Paragraph(layout.getTranslation("deviation.code." + d.code().name())
                        + " (" + d.timer() + ")")));
        DeviationReasonFields fields = new DeviationReasonFields(deviations.reasonCodes());
        UnorderedList otherErrors = new UnorderedList();
        otherErrors.addClassName("form-errors");
        Button submit = new Button(layout.getTranslation("deviation.submit"), e -> {
            fields.errors().clear();
            otherErrors.removeAll();
            TaskFormSubmission.send(task, tasks, fields.form(), fields.errors(), otherErrors, onCompleted);
        });
        submit.setId("submit-deviation-reason");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        layout.add(fields, otherErrors, submit);
        return layout;
    }
}
