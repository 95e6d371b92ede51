package org.ablationpath.procedure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.procedure.Anaesthesia;
import org.ablationpath.procedure.AnticoagulationPlan;
import org.ablationpath.procedure.CardiacDeviceManagement;
import org.ablationpath.procedure.PreProcedureChecklistForm;
import org.ablationpath.procedure.internal.ChecklistRules;
import org.ablationpath.procedure.internal.PatientFacts;

/**
 * The nurse's checklist before the procedure. It says as the planned date is entered whether the pregnancy test
 * is needed (TMR-07) and whether a recent chemotherapy will be flagged (TMR-08); the device plan is asked only for a
 * patient with a cardiac implantable device.
 */
class PreProcedureChecklistView extends VerticalLayout {

    private final BeanValidationBinder<PreProcedureChecklistForm> binder = new BeanValidationBinder<>(PreProcedureChecklistForm.class);
    final DatePicker plannedProcedureDate = new DatePicker();
    final DatePicker consentDate = new DatePicker();
    final TextField consentVersion = new TextField();
    final Select<Anaesthesia> anaesthesiaPlan;
    final Select<AnticoagulationPlan> anticoagulationPlan;
    final DatePicker pregnancyTestDate = new DatePicker();
    final RadioButtonGroup<Boolean> pregnancyTestNegative;
    final Select<CardiacDeviceManagement> cardiacDevicePlan;
    final Checkbox antibioticProphylaxisPlanned = new Checkbox();
    final DatePicker lastChemotherapyDate = new DatePicker();
    final Checkbox fastingInstructionsGiven = new Checkbox();
    final TextArea note = new TextArea();
    final Paragraph pregnancyHint = new Paragraph();
    final Paragraph cautionHint = new Paragraph();
    final Button submit = new Button();
    private final UnorderedList otherErrors = new UnorderedList();
    private final FieldErrors fieldErrors = new FieldErrors();

    PreProcedureChecklistView(TaskItem task, PatientFacts patient, ChecklistRules rules, CaseTasks tasks, Runnable onCompleted) {
        setPadding(false);
        add(new H3(getTranslation("procedure.checklist.title")));
        anaesthesiaPlan = Controls.select(this, "anaesthesiaPlan", "procedure.checklist.anaesthesiaPlan",
                Anaesthesia.values(), "procedure.anaesthesia");
        anticoagulationPlan = Controls.select(this, "anticoagulationPlan", "procedure.checklist.anticoagulationPlan",
                AnticoagulationPlan.values(), "procedure.anticoagulation");
        pregnancyTestNegative = Controls.yesNo(this, "pregnancyTestNegative", "procedure.checklist.pregnancyTestResult",
                "procedure.checklist.pregnancyTestNegative", "procedure.checklist.pregnancyTestPositive");
        cardiacDevicePlan = Controls.select(this, "cardiacDevicePlan", "procedure.checklist.cardiacDevicePlan",
                CardiacDeviceManagement.values(), "procedure.deviceManagement");
        label(plannedProcedureDate, "plannedProcedureDate", "procedure.checklist.plannedProcedureDate");
        label(consentDate, "consentDate", "procedure.checklist.consentDate");
        consentVersion.setId("consentVersion");
        consentVersion.setLabel(getTranslation("procedure.checklist.consentVersion"));
        consentVersion.setMaxLength(20);
        label(pregnancyTestDate, "pregnancyTestDate", "procedure.checklist.pregnancyTestDate");
        antibioticProphylaxisPlanned.setId("antibioticProphylaxisPlanned");
        antibioticProphylaxisPlanned.setLabel(getTranslation("procedure.checklist.antibioticProphylaxisPlanned"));
        label(lastChemotherapyDate, "lastChemotherapyDate", "procedure.checklist.lastChemotherapyDate");
        fastingInstructionsGiven.setId("fastingInstructionsGiven");
        fastingInstructionsGiven.setLabel(getTranslation("procedure.checklist.fastingInstructionsGiven"));
        note.setId("note");
        note.setLabel(getTranslation("procedure.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        pregnancyHint.setId("pregnancy-hint");
        cautionHint.setId("caution-hint");
        cautionHint.addClassName("caution");
        otherErrors.addClassName("form-errors");

        binder.forField(plannedProcedureDate).bind("plannedProcedureDate");
        binder.forField(consentDate).bind("consentDate");
        binder.forField(consentVersion).bind("consentVersion");
        binder.forField(anaesthesiaPlan).bind("anaesthesiaPlan");
        binder.forField(anticoagulationPlan).bind("anticoagulationPlan");
        binder.forField(pregnancyTestDate).bind("pregnancyTestDate");
        binder.forField(pregnancyTestNegative).bind("pregnancyTestNegative");
        binder.forField(cardiacDevicePlan).bind("cardiacDevicePlan");
        binder.forField(antibioticProphylaxisPlanned).bind("antibioticProphylaxisPlanned");
        binder.forField(lastChemotherapyDate).bind("lastChemotherapyDate");
        binder.forField(fastingInstructionsGiven).bind("fastingInstructionsGiven");
        binder.forField(note).bind("note");
        fieldErrors.bind("plannedProcedureDate", plannedProcedureDate).bind("consentDate", consentDate)
                .bind("consentVersion", consentVersion).bind("anaesthesiaPlan", anaesthesiaPlan)
                .bind("anticoagulationPlan", anticoagulationPlan).bind("pregnancyTestDate", pregnancyTestDate)
                .bind("pregnancyTestNegative", pregnancyTestNegative).bind("cardiacDevicePlan", cardiacDevicePlan)
                .bind("lastChemotherapyDate", lastChemotherapyDate).bind("note", note);

        cardiacDevicePlan.setVisible(patient.hasCardiacDevice());
        cardiacDevicePlan.setRequiredIndicatorVisible(patient.hasCardiacDevice());
        if (patient.hasCardiacDevice()) {
            cardiacDevicePlan.setHelperText(getTranslation("procedure.deviceRecorded", patient.cardiacDevice()));
        }
        plannedProcedureDate.addValueChangeListener(e -> showHints(patient, rules));
        lastChemotherapyDate.addValueChangeListener(e -> showHints(patient, rules));
        showHints(patient, rules);

        submit.setText(getTranslation("procedure.checklist.submit"));
        submit.setId("submit-checklist");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(task, tasks, onCompleted));
        FormLayout fields = new FormLayout(plannedProcedureDate, consentDate, consentVersion, anaesthesiaPlan,
                anticoagulationPlan, cardiacDevicePlan, pregnancyTestDate, pregnancyTestNegative, lastChemotherapyDate,
                antibioticProphylaxisPlanned, fastingInstructionsGiven);
        add(fields, pregnancyHint, cautionHint, note, otherErrors, submit);
    }

    private void label(DatePicker picker, String id, String key) {
        picker.setId(id);
        picker.setLabel(getTranslation(key));
    }

    private void showHints(PatientFacts patient, ChecklistRules rules) {
        LocalDate planned = plannedProcedureDate.getValue();
        boolean testNeeded = rules.pregnancyTestRequired(patient, planned);
        pregnancyTestDate.setRequiredIndicatorVisible(testNeeded);
        pregnancyTestNegative.setRequiredIndicatorVisible(testNeeded);
        pregnancyHint.setText(testNeeded
                ? getTranslation("procedure.checklist.pregnancyRequired", rules.pregnancyTestMaxDaysBefore())
                : getTranslation("procedure.checklist.pregnancyNotRequired"));
        cautionHint.setText(rules.chemotherapyWashout(lastChemotherapyDate.getValue(), planned)
                .map(c -> getTranslation("procedure.caution.TMR-08", c.days(), c.limitDays()))
                .orElse(""));
    }

    private void submit(TaskItem task, CaseTasks tasks, Runnable onCompleted) {
        TaskFormSubmission.complete(task, tasks, binder, PreProcedureChecklistForm::new, fieldErrors, otherErrors, onCompleted);
    }
}
