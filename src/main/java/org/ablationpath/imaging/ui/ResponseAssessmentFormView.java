package org.ablationpath.imaging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ablationpath.imaging.ImagingModality;
import org.ablationpath.imaging.ResponseAssessmentForm;
import org.ablationpath.imaging.internal.TumorsToAssess;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;

/**
 * The radiologist's response assessment (pathway.md STG-09): the study, then one row per treated tumour. Problems
 * the service finds (a contradicting LR-TR, a date after today) appear next to their fields like the screen's own.
 */
class ResponseAssessmentFormView extends VerticalLayout {

    final DatePicker studyDate = new DatePicker();
    final Select<ImagingModality> modality = new Select<>();
    final RadioButtonGroup<Boolean> contrast = yesNo("contrast");
    final RadioButtonGroup<Boolean> newIntraOrganTumour = yesNo("newIntraOrganTumour");
    final RadioButtonGroup<Boolean> extraOrganDisease = yesNo("extraOrganDisease");
    final List<TumorAssessmentRow> rows = new ArrayList<>();
    final TextArea note = new TextArea();
    final Button submit = new Button();
    final UnorderedList otherErrors = new UnorderedList();
    private final BeanValidationBinder<ResponseAssessmentForm> binder = new BeanValidationBinder<>(ResponseAssessmentForm.class);
    private final FieldErrors fieldErrors = new FieldErrors();

    ResponseAssessmentFormView(TaskItem task, TumorsToAssess.Scope scope, LocalDate today, CaseTasks tasks, Runnable onCompleted) {
        setPadding(false);
        add(new H3(getTranslation("imaging.form.title")));

        studyDate.setId("studyDate");
        studyDate.setLabel(getTranslation("imaging.form.studyDate"));
        studyDate.setMax(today);
        modality.setId("modality");
        modality.setLabel(getTranslation("imaging.form.modality"));
        modality.setItems(ImagingModality.values());
        modality.setItemLabelGenerator(value -> getTranslation("imaging.modality." + value.name()));
        contrast.setLabel(getTranslation("imaging.form.contrast"));
        newIntraOrganTumour.setLabel(getTranslation("imaging.form.newIntraOrganTumour"));
        extraOrganDisease.setLabel(getTranslation("imaging.form.extraOrganDisease"));
        note.setId("note");
        note.setLabel(getTranslation("imaging.form.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        otherErrors.addClassName("form-errors");

        binder.forField(studyDate).bind("studyDate");
        binder.forField(modality).bind("modality");
        binder.forField(contrast).bind("contrast");
        binder.forField(newIntraOrganTumour).bind("newIntraOrganTumour");
        binder.forField(extraOrganDisease).bind("extraOrganDisease");
        binder.forField(note).bind("note");
        fieldErrors.bind("studyDate", studyDate).bind("modality", modality).bind("contrast", contrast)
                .bind("newIntraOrganTumour", newIntraOrganTumour).bind("extraOrganDisease", extraOrganDisease)
                .bind("note", note);

        add(new FormLayout(studyDate, modality, contrast, newIntraOrganTumour, extraOrganDisease));
        add(new Paragraph(scope.latestSession()
                .map(s -> getTranslation("imaging.form.session", s.number(), String.valueOf(s.date())))
                .orElseGet(() -> getTranslation("imaging.form.allTumors"))));
        for (TumorsToAssess.Tumor tumor : scope.treated()) {
            TumorAssessmentRow row = new TumorAssessmentRow(rows.size(), tumor, fieldErrors);
            rows.add(row);
            add(row);
        }

        submit.setId("submit-response-assessment");
        submit.setText(getTranslation("imaging.form.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(task, tasks, onCompleted));
        add(note, otherErrors, submit);
    }

    private RadioButtonGroup<Boolean> yesNo(String id) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.setId(id);
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(value -> getTranslation(value ? "imaging.form.yes" : "imaging.form.no"));
        return group;
    }

    private void submit(TaskItem task, CaseTasks tasks, Runnable onCompleted) {
        fieldErrors.clear();
        otherErrors.removeAll();
        boolean valid = binder.validate().isOk();
        for (TumorAssessmentRow row : rows) {
            valid &= row.validate();
        }
        ResponseAssessmentForm form = new ResponseAssessmentForm();
        if (!valid || !binder.writeBeanIfValid(form)) {
            return;
        }
        form.setAssessments(rows.stream().map(TumorAssessmentRow::value).toList());
        TaskFormSubmission.send(task, tasks, form, fieldErrors, otherErrors, onCompleted);
    }
}
