package org.ablationpath.procedure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Optional;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.procedure.PostProcedureDischargeForm;
import org.ablationpath.procedure.ProcedureSession;

/** Observation and discharge after the latest session (STG-07); the length of stay is computed when stored. */
class PostProcedureDischargeView extends VerticalLayout {

    private final BeanValidationBinder<PostProcedureDischargeForm> binder = new BeanValidationBinder<>(PostProcedureDischargeForm.class);
    final DatePicker dischargeDate = new DatePicker();
    final Checkbox unplannedAdmission = new Checkbox();
    final Checkbox prolongedStay = new Checkbox();
    final TextArea note = new TextArea();
    final Button submit = new Button();
    private final UnorderedList otherErrors = new UnorderedList();
    private final FieldErrors fieldErrors = new FieldErrors();

    PostProcedureDischargeView(TaskItem task, Optional<ProcedureSession> latest, CaseTasks tasks, Runnable onCompleted) {
        setPadding(false);
        add(new H3(getTranslation("procedure.discharge.title")));
        add(new Paragraph(latest.map(s -> getTranslation("procedure.discharge.session", s.number(), s.date()))
                .orElse(getTranslation("procedure.discharge.noSession"))));
        dischargeDate.setId("dischargeDate");
        dischargeDate.setLabel(getTranslation("procedure.discharge.dischargeDate"));
        latest.ifPresent(s -> dischargeDate.setMin(s.date()));
        unplannedAdmission.setId("unplannedAdmission");
        unplannedAdmission.setLabel(getTranslation("procedure.discharge.unplannedAdmission"));
        prolongedStay.setId("prolongedStay");
        prolongedStay.setLabel(getTranslation("procedure.discharge.prolongedStay"));
        note.setId("note");
        note.setLabel(getTranslation("procedure.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        otherErrors.addClassName("form-errors");
        binder.forField(dischargeDate).bind("dischargeDate");
        binder.forField(unplannedAdmission).bind("unplannedAdmission");
        binder.forField(prolongedStay).bind("prolongedStay");
        binder.forField(note).bind("note");
        fieldErrors.bind("dischargeDate", dischargeDate).bind("note", note);
        submit.setText(getTranslation("procedure.discharge.submit"));
        submit.setId("submit-discharge");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(task, tasks, onCompleted));
        add(dischargeDate, unplannedAdmission, prolongedStay, note, otherErrors, submit);
    }

    private void submit(TaskItem task, CaseTasks tasks, Runnable onCompleted) {
        TaskFormSubmission.complete(task, tasks, binder, PostProcedureDischargeForm::new, fieldErrors, otherErrors, onCompleted);
    }
}
