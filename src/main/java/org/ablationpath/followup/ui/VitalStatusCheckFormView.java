package org.ablationpath.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.VitalStatus;
import org.ablationpath.followup.VitalStatusCheckForm;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;

/** The yearly vital status (STG-13): status and last contact; date and cause of death when the patient died. */
class VitalStatusCheckFormView extends VerticalLayout {

    final Select<VitalStatus> status = new Select<>();
    final DatePicker lastContactDate = new DatePicker();
    final DatePicker deathDate = new DatePicker();
    final Select<CauseOfDeath> causeOfDeath = new Select<>();
    final Button submit = new Button();
    final UnorderedList otherErrors = new UnorderedList();
    private final BeanValidationBinder<VitalStatusCheckForm> binder = new BeanValidationBinder<>(VitalStatusCheckForm.class);
    private final FieldErrors fieldErrors = new FieldErrors();

    VitalStatusCheckFormView(TaskItem task, CaseTasks tasks, Runnable onCompleted) {
        setPadding(false);
        add(new H3(getTranslation("followup.vitalCheck.title")));
        status.setId("status");
        status.setLabel(getTranslation("followup.vitalCheck.status"));
        status.setItems(VitalStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("followup.vital." + s.name()));
        lastContactDate.setId("lastContactDate");
        lastContactDate.setLabel(getTranslation("followup.vitalCheck.lastContactDate"));
        deathDate.setId("deathDate");
        deathDate.setLabel(getTranslation("followup.vitalCheck.deathDate"));
        causeOfDeath.setId("causeOfDeath");
        causeOfDeath.setLabel(getTranslation("followup.vitalCheck.causeOfDeath"));
        causeOfDeath.setItems(CauseOfDeath.values());
        causeOfDeath.setItemLabelGenerator(c -> getTranslation("followup.cause." + c.name()));
        deathDate.setVisible(false);
        causeOfDeath.setVisible(false);
        status.addValueChangeListener(e -> {
            boolean dead = e.getValue() == VitalStatus.DEAD;
            deathDate.setVisible(dead);
            causeOfDeath.setVisible(dead);
            if (!dead) {
                deathDate.clear();
                causeOfDeath.clear();
            }
        });
        binder.forField(status).bind("status");
        binder.forField(lastContactDate).bind("lastContactDate");
        binder.forField(deathDate).bind("deathDate");
        binder.forField(causeOfDeath).bind("causeOfDeath");
        fieldErrors.bind("status", status).bind("lastContactDate", lastContactDate).bind("deathDate", deathDate)
                .bind("causeOfDeath", causeOfDeath);
        otherErrors.addClassName("form-errors");
        submit.setText(getTranslation("followup.vitalCheck.submit"));
        submit.setId("submit-vital-status");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> TaskFormSubmission.complete(task, tasks, binder, VitalStatusCheckForm::new, fieldErrors,
                otherErrors, onCompleted));
        add(status, lastContactDate, deathDate, causeOfDeath, otherErrors, submit);
    }
}
