package org.ablationpath.referral.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.referral.ReferralService;

/**
 * A referring physician submits a case: every error shows next to its field, first from the form's own checks,
 * then from the validation rules; nothing is stored unless everything passes. The same form, prefilled and with the
 * patient's identity and the referral fixed, completes the work-up ({@link WorkupFormView}).
 */
@Route("referrals/new")
@PageTitle("New referral · AblationPath")
@RolesAllowed(Roles.REFERRING_PHYSICIAN)
public class ReferralFormView extends VerticalLayout {

    final Select<String> source = select("referral.source", ReferralOptions.SOURCES);
    final Select<String> urgency = select("referral.urgency", ReferralOptions.URGENCIES);
    final TextArea question = new TextArea();
    final TextField pseudonym = new TextField();
    final Select<String> sex = select("referral.sex", ReferralOptions.SEXES);
    final DatePicker birthDate = new DatePicker();
    final IntegerField ecog = new IntegerField();
    final Select<String> pregnancyStatus = select("referral.pregnancyStatus", ReferralOptions.PREGNANCY);
    final Select<String> cardiacDevice = select("referral.cardiacDevice", ReferralOptions.CARDIAC_DEVICES);
    final Select<String> anticoagulation = select("referral.anticoagulation", ReferralOptions.ANTICOAGULATION);
    final Select<String> antiplatelet = select("referral.antiplatelet", ReferralOptions.ANTIPLATELET);
    final Checkbox activeInfection = new Checkbox();
    final Checkbox canCooperate = new Checkbox();
    final Checkbox majorOrganFailure = new Checkbox();
    final Select<String> fitForSurgery = select("referral.fitForSurgery", ReferralOptions.FIT_FOR_SURGERY);
    final Checkbox cirrhosis = new Checkbox();
    final Select<String> ascites = select("referral.ascites", ReferralOptions.ASCITES);
    final IntegerField encephalopathyGrade = new IntegerField();
    final Checkbox extrahepaticDisease = new Checkbox();
    final Select<String> macrovascularInvasion = select("referral.macrovascularInvasion", ReferralOptions.MACROVASCULAR_INVASION);
    final DatePicker labDate = new DatePicker();
    final NumberField platelets = new NumberField();
    final NumberField inr = new NumberField();
    final NumberField bilirubin = new NumberField();
    final NumberField albumin = new NumberField();
    final NumberField creatinine = new NumberField();
    final DatePicker referralDate = new DatePicker();
    final DatePicker imagingDate = new DatePicker();
    final DatePicker mdtDate = new DatePicker();
    final Button submit = new Button();

    /** What the form's submit does with a form that passed the screen's checks; rule problems come back as exceptions. */
    @FunctionalInterface
    interface Submission {
        void submit(ReferralForm form);
    }

    private final Submission submission;
    /** Where the service's field paths sit in what the form submits: {@code document.} in a work-up. */
    private final String errorPathPrefix;
    private final ReferralForm form;
    private final BeanValidationBinder<ReferralForm> binder = new BeanValidationBinder<>(ReferralForm.class);
    private final List<TumorRowEditor> tumorRows = new ArrayList<>();
    private final VerticalLayout tumors = new VerticalLayout();
    private final UnorderedList otherErrors = new UnorderedList();

    @Autowired
    ReferralFormView(ReferralService referrals, ObjectMapper json) {
        this(new ReferralForm(), false, "", form -> {
            UUID caseId = referrals.submit(ReferralDocuments.caseDocument(form, json), ReferralDocuments.details(form));
            Notification.show(UI.getCurrent().getTranslation("referral.submitted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("cases/" + caseId);
        });
        addComponentAsFirst(new H2(getTranslation("referral.title")));
    }

    /**
     * @param workup prefilled work-up of a referred case: the referral's own fields are hidden, the patient's identity
     *               and the referral date cannot be edited
     */
    ReferralFormView(ReferralForm form, boolean workup, String errorPathPrefix, Submission submission) {
        this.form = form;
        this.submission = submission;
        this.errorPathPrefix = errorPathPrefix;
        setMaxWidth("70rem");

        label(question, "referral.question");
        question.setMaxLength(2000);
        question.setWidthFull();
        label(pseudonym, "referral.pseudonym");
        pseudonym.setHelperText(getTranslation("referral.pseudonym.help"));
        label(birthDate, "referral.birthDate");
        label(ecog, "referral.ecog");
        ecog.setMin(0);
        ecog.setMax(4);
        ecog.setStepButtonsVisible(true);
        activeInfection.setLabel(getTranslation("referral.activeInfection"));
        canCooperate.setLabel(getTranslation("referral.canCooperate"));
        majorOrganFailure.setLabel(getTranslation("referral.majorOrganFailure"));
        pregnancyStatus.setEmptySelectionAllowed(true);
        cirrhosis.setLabel(getTranslation("referral.cirrhosis"));
        label(encephalopathyGrade, "referral.encephalopathyGrade");
        encephalopathyGrade.setMin(0);
        encephalopathyGrade.setMax(4);
        extrahepaticDisease.setLabel(getTranslation("referral.extrahepaticDisease"));
        label(labDate, "referral.labDate");
        label(platelets, "referral.platelets");
        label(inr, "referral.inr");
        inr.setStep(0.01);
        label(bilirubin, "referral.bilirubin");
        label(albumin, "referral.albumin");
        label(creatinine, "referral.creatinine");
        label(referralDate, "referral.referralDate");
        label(imagingDate, "referral.imagingDate");
        label(mdtDate, "referral.mdtDate");

        binder.bindInstanceFields(this);
        binder.setBean(form);

        tumors.setPadding(false);
        form.getTumors().forEach(this::addTumorRow);
        Button addTumor = new Button(getTranslation("referral.tumor.add"), e -> addTumorRow(newRow()));
        addTumor.setId("add-tumor");

        submit.setText(getTranslation(workup ? "workup.submit" : "referral.submit"));
        submit.setId("submit-referral");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        otherErrors.addClassName("form-errors");
        otherErrors.setId("other-errors");

        Component referralSection = section("referral.section.referral", source, urgency, question);
        referralSection.setVisible(!workup);
        pseudonym.setReadOnly(workup);
        sex.setReadOnly(workup);
        birthDate.setReadOnly(workup);
        referralDate.setReadOnly(workup);
        add(referralSection,
                section("referral.section.patient", pseudonym, sex, birthDate, ecog, pregnancyStatus, fitForSurgery,
                        cardiacDevice, anticoagulation, antiplatelet, activeInfection, canCooperate, majorOrganFailure),
                section("referral.section.liver", cirrhosis, ascites, encephalopathyGrade),
                section("referral.section.disease", extrahepaticDisease, macrovascularInvasion),
                section("referral.section.labs", labDate, platelets, inr, bilirubin, albumin, creatinine),
                new H3(getTranslation("referral.section.tumors")), tumors, addTumor,
                section("referral.section.dates", referralDate, imagingDate, mdtDate),
                otherErrors, submit);
    }

    private void submit() {
        otherErrors.removeAll();
        FieldErrors ruleErrors = ruleErrorTargets();
        ruleErrors.clear();
        boolean rowsValid = tumorRows.stream().map(TumorRowEditor::validate).reduce(true, Boolean::logicalAnd);
        boolean formValid = binder.validate().isOk();
        if (!formValid || !rowsValid) {
            Notification.show(getTranslation("referral.fixErrors")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            submission.submit(form);
        } catch (InvalidInputException rejected) {
            show(ruleErrors, rejected.problems());
            Notification.show(getTranslation("referral.fixErrors")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (ConflictException conflict) {
            Notification.show(getTranslation("error.conflict", conflict.getMessage()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Marks the fields the problems name (paths as the service reports them) and lists the others. */
    void showProblems(List<FieldProblem> problems) {
        show(ruleErrorTargets(), problems);
    }

    private void show(FieldErrors targets, List<FieldProblem> problems) {
        List<FieldProblem> unmatched = targets.show(problems.stream()
                .map(p -> p.field().startsWith(errorPathPrefix) && !errorPathPrefix.isEmpty()
                        ? new FieldProblem(p.field().substring(errorPathPrefix.length()), p.message(), p.rule()) : p)
                .toList());
        unmatched.forEach(p -> otherErrors.add(new ListItem(p.field() + ": " + p.message()
                + (p.rule() == null ? "" : " (" + p.rule() + ")"))));
    }

    /** Adds a component after the form's sections, before its errors and submit button. */
    void addBeforeSubmit(Component component) {
        addComponentAtIndex(indexOf(otherErrors), component);
    }

    /** Where the validation rules' field paths show on this screen. */
    private FieldErrors ruleErrorTargets() {
        FieldErrors errors = new FieldErrors()
                .bind("referral.source", source).bind("referral.urgency", urgency).bind("referral.question", question)
                .bind("patient.patientId", pseudonym).bind("patient.sex", sex).bind("patient.birthDate", birthDate)
                .bind("patient.ecog", ecog).bind("patient.pregnancyStatus", pregnancyStatus)
                .bind("patient.cardiacDevice", cardiacDevice).bind("patient.anticoagulation", anticoagulation)
                .bind("patient.antiplatelet", antiplatelet).bind("patient.fitForSurgery", fitForSurgery)
                .bind("patient.ascites", ascites).bind("patient.encephalopathyGrade", encephalopathyGrade)
                .bind("disease.macrovascularInvasion", macrovascularInvasion)
                .bind("labs.collectedDate", labDate).bind("labs.plateletsE9L", platelets).bind("labs.inr", inr)
                .bind("labs.bilirubinUmolL", bilirubin).bind("labs.albuminGL", albumin)
                .bind("labs.creatinineUmolL", creatinine).bind("dates.referralDate", referralDate)
                .bind("dates.imagingDate", imagingDate).bind("dates.mdtDate", mdtDate);
        for (int i = 0; i < tumorRows.size(); i++) {
            tumorRows.get(i).bindErrors(errors, i);
        }
        return errors;
    }

    private ReferralForm.TumorRow newRow() {
        ReferralForm.TumorRow row = new ReferralForm.TumorRow();
        form.getTumors().add(row);
        return row;
    }

    private void addTumorRow(ReferralForm.TumorRow row) {
        TumorRowEditor editor = new TumorRowEditor(row);
        editor.remove.addClickListener(e -> {
            if (tumorRows.size() > 1) {
                form.getTumors().remove(row);
                tumorRows.remove(editor);
                tumors.remove(editor);
                renumber();
            }
        });
        tumorRows.add(editor);
        tumors.add(editor);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < tumorRows.size(); i++) {
            tumorRows.get(i).number(i);
        }
    }

    private Select<String> select(String key, List<String> items) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(key));
        select.setItems(items);
        select.setId(key.substring(key.indexOf('.') + 1));
        return select;
    }

    private void label(Component field, String key) {
        field.getElement().setProperty("label", getTranslation(key));
        field.setId(key.substring(key.indexOf('.') + 1));
    }

    private Component section(String key, Component... fields) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(key)), new FormLayout(fields));
        section.setPadding(false);
        return section;
    }
}
