package org.ablationpath.procedure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.procedure.AblationApplication;
import org.ablationpath.procedure.Anaesthesia;
import org.ablationpath.procedure.Approach;
import org.ablationpath.procedure.CardiacDeviceManagement;
import org.ablationpath.procedure.Guidance;
import org.ablationpath.procedure.IntentType;
import org.ablationpath.procedure.ProcedureRecordForm;
import org.ablationpath.procedure.ProcedureSetting;
import org.ablationpath.procedure.ProtectiveTechnique;
import org.ablationpath.procedure.internal.PatientFacts;

/**
 * The operator's record of a session: the session's data, the applications (one per tumour per applicator
 * position, added and removed as rows) and the technical success of every treated tumour. Problems the service
 * finds (modality parameters, tumours, dates) appear next to their fields.
 */
class ProcedureRecordView extends VerticalLayout {

    private final BeanValidationBinder<ProcedureRecordForm> binder = new BeanValidationBinder<>(ProcedureRecordForm.class);
    final DatePicker procedureDate = new DatePicker();
    final DateTimePicker startAt = new DateTimePicker();
    final DateTimePicker endAt = new DateTimePicker();
    final Select<IntentType> intentType;
    final Select<Approach> approach;
    final CheckboxGroup<Guidance> guidance;
    final Select<Anaesthesia> anaesthesia;
    final Select<ProcedureSetting> setting;
    final RadioButtonGroup<Boolean> antibioticProphylaxis;
    final CheckboxGroup<ProtectiveTechnique> protectiveTechniques;
    final Checkbox tractAblation = new Checkbox();
    final Checkbox combinedWithTace = new Checkbox();
    final DatePicker taceDate = new DatePicker();
    final Select<CardiacDeviceManagement> cardiacDeviceManaged;
    final BigDecimalField doseLengthProductMGyCm = new BigDecimalField();
    final IntegerField contrastVolumeMl = new IntegerField();
    final VerticalLayout applicationRows = new VerticalLayout();
    final List<ApplicationRowEditor> rows = new ArrayList<>();
    final Button addApplication = new Button();
    final TechnicalSuccessList technicalSuccess = new TechnicalSuccessList();
    final Button submit = new Button();
    final UnorderedList otherErrors = new UnorderedList();
    private FieldErrors fieldErrors = new FieldErrors();
    private final List<String> caseTumors;

    ProcedureRecordView(TaskItem task, PatientFacts patient, ZoneId zone, CaseTasks tasks, Runnable onCompleted) {
        this.caseTumors = patient.tumorIds();
        setPadding(false);
        add(new H3(getTranslation("procedure.record.title")));
        intentType = Controls.select(this, "intentType", "procedure.record.intentType", IntentType.values(),
                "procedure.intentType");
        approach = Controls.select(this, "approach", "procedure.record.approach", Approach.values(), "procedure.approach");
        guidance = Controls.checkboxes(this, "guidance", "procedure.record.guidance", Guidance.values(), "procedure.guidance");
        anaesthesia = Controls.select(this, "anaesthesia", "procedure.record.anaesthesia", Anaesthesia.values(),
                "procedure.anaesthesia");
        setting = Controls.select(this, "setting", "procedure.record.setting", ProcedureSetting.values(),
                "procedure.setting");
        antibioticProphylaxis = Controls.yesNo(this, "antibioticProphylaxis", "procedure.record.antibioticProphylaxis",
                "procedure.yes", "procedure.no");
        protectiveTechniques = Controls.checkboxes(this, "protectiveTechniques", "procedure.record.protectiveTechniques",
                ProtectiveTechnique.values(), "procedure.protective");
        cardiacDeviceManaged = Controls.select(this, "cardiacDeviceManaged", "procedure.record.cardiacDeviceManaged",
                CardiacDeviceManagement.values(), "procedure.deviceManagement");
        label(procedureDate, "procedureDate");
        label(startAt, "startAt");
        label(endAt, "endAt");
        label(tractAblation, "tractAblation");
        label(combinedWithTace, "combinedWithTace");
        label(taceDate, "taceDate");
        label(doseLengthProductMGyCm, "doseLengthProductMGyCm");
        label(contrastVolumeMl, "contrastVolumeMl");
        cardiacDeviceManaged.setVisible(patient.hasCardiacDevice());
        cardiacDeviceManaged.setRequiredIndicatorVisible(patient.hasCardiacDevice());
        if (patient.hasCardiacDevice()) {
            cardiacDeviceManaged.setHelperText(getTranslation("procedure.deviceRecorded", patient.cardiacDevice()));
        }
        taceDate.setEnabled(false);
        combinedWithTace.addValueChangeListener(e -> {
            taceDate.setEnabled(Boolean.TRUE.equals(e.getValue()));
            if (!Boolean.TRUE.equals(e.getValue())) {
                taceDate.clear();
            }
        });
        otherErrors.addClassName("form-errors");

        binder.forField(procedureDate).bind("procedureDate");
        binder.forField(startAt).withConverter(atZone(zone)).bind("startAt");
        binder.forField(endAt).withConverter(atZone(zone)).bind("endAt");
        binder.forField(intentType).bind("intentType");
        binder.forField(approach).bind("approach");
        binder.forField(guidance).withConverter(Controls.<Guidance>setToList()).bind("guidance");
        binder.forField(anaesthesia).bind("anaesthesia");
        binder.forField(setting).bind("setting");
        binder.forField(antibioticProphylaxis).bind("antibioticProphylaxis");
        binder.forField(protectiveTechniques).withConverter(Controls.<ProtectiveTechnique>setToList()).bind("protectiveTechniques");
        binder.forField(tractAblation).bind("tractAblation");
        binder.forField(combinedWithTace).bind("combinedWithTace");
        binder.forField(taceDate).bind("taceDate");
        binder.forField(cardiacDeviceManaged).bind("cardiacDeviceManaged");
        binder.forField(doseLengthProductMGyCm).bind("doseLengthProductMGyCm");
        binder.forField(contrastVolumeMl).bind("contrastVolumeMl");

        applicationRows.setPadding(false);
        applicationRows.setId("applications");
        addApplication.setText(getTranslation("procedure.application.add"));
        addApplication.setId("add-application");
        addApplication.addClickListener(e -> addRow());
        addRow();

        submit.setText(getTranslation("procedure.record.submit"));
        submit.setId("submit-procedure");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(task, tasks, onCompleted));
        FormLayout session = new FormLayout(procedureDate, intentType, startAt, endAt, approach, anaesthesia, setting,
                antibioticProphylaxis, cardiacDeviceManaged, tractAblation, combinedWithTace, taceDate,
                doseLengthProductMGyCm, contrastVolumeMl);
        add(session, guidance, protectiveTechniques, new H3(getTranslation("procedure.application.section")),
                applicationRows, addApplication, technicalSuccess, otherErrors, submit);
    }

    private void label(com.vaadin.flow.component.HasLabel field, String property) {
        ((com.vaadin.flow.component.Component) field).setId(property);
        field.setLabel(getTranslation("procedure.record." + property));
    }

    private static Converter<LocalDateTime, OffsetDateTime> atZone(ZoneId zone) {
        return Converter.from(local -> Result.ok(local == null ? null : local.atZone(zone).toOffsetDateTime()),
                offset -> offset == null ? null : offset.atZoneSameInstant(zone).toLocalDateTime());
    }

    private void addRow() {
        ApplicationRowEditor row = new ApplicationRowEditor(new AblationApplication(), caseTumors);
        if (caseTumors.size() == 1) {
            row.tumorId.setValue(caseTumors.get(0));
        }
        row.remove.addClickListener(e -> {
            rows.remove(row);
            applicationRows.remove(row);
            renumber();
        });
        row.tumorId.addValueChangeListener(e -> technicalSuccess.showTumors(treatedTumors()));
        rows.add(row);
        applicationRows.add(row);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i);
            rows.get(i).remove.setEnabled(rows.size() > 1);
        }
        technicalSuccess.showTumors(treatedTumors());
    }

    private List<String> treatedTumors() {
        return rows.stream().map(r -> r.tumorId.getValue()).filter(Objects::nonNull).distinct().toList();
    }

    private void submit(TaskItem task, CaseTasks tasks, Runnable onCompleted) {
        fieldErrors.clear();
        otherErrors.removeAll();
        ProcedureRecordForm form = new ProcedureRecordForm();
        boolean valid = binder.writeBeanIfValid(form);
        for (ApplicationRowEditor row : rows) {
            valid &= row.validate();
        }
        if (!valid) {
            return;
        }
        form.setApplications(rows.stream().map(r -> r.row).toList());
        form.setTechnicalSuccess(technicalSuccess.entries());
        fieldErrors = errorTargets();
        TaskFormSubmission.send(task, tasks, form, fieldErrors, otherErrors, onCompleted);
    }

    /** Where each reported field path is shown, for the rows and tumours as they are now. */
    private FieldErrors errorTargets() {
        FieldErrors errors = new FieldErrors();
        errors.bind("procedureDate", procedureDate).bind("startAt", startAt).bind("endAt", endAt)
                .bind("intentType", intentType).bind("approach", approach).bind("guidance", guidance)
                .bind("anaesthesia", anaesthesia).bind("setting", setting)
                .bind("antibioticProphylaxis", antibioticProphylaxis).bind("protectiveTechniques", protectiveTechniques)
                .bind("taceDate", taceDate).bind("cardiacDeviceManaged", cardiacDeviceManaged)
                .bind("doseLengthProductMGyCm", doseLengthProductMGyCm).bind("contrastVolumeMl", contrastVolumeMl);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).bindErrors(errors, i);
        }
        technicalSuccess.bindErrors(errors);
        return errors;
    }
}
