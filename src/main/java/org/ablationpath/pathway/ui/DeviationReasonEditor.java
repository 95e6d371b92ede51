package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.ablationpath.pathway.PathwayDeviations;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.InvalidInputException;
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
        deviations.of(task.caseId()).stream().filter(d -> d.awaitingReason()).reduce((first, second) -> second)
                .ifPresent(d -> layout.add(new Paragraph(layout.getTranslation("deviation.code." + d.code().name())
                        + " (" + d.timer() + ")")));
        DeviationReasonFields fields = new DeviationReasonFields(deviations.reasonCodes());
        Button submit = new Button(layout.getTranslation("deviation.submit"), e -> {
            fields.errors().clear();
            try {
                tasks.complete(task.id(), fields.form());
                onCompleted.run();
            } catch (InvalidInputException invalid) {
                fields.errors().show(invalid.problems());
            } catch (ConflictException conflict) {
                Notification.show(layout.getTranslation("error.conflict", conflict.getMessage()), 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        submit.setId("submit-deviation-reason");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        layout.add(fields, submit);
        return layout;
    }
}
