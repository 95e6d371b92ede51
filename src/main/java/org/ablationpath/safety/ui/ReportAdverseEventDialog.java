package org.ablationpath.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.safety.AdverseEventOutcome;
import org.ablationpath.safety.AdverseEventReport;
import org.ablationpath.safety.AdverseEvents;
import org.ablationpath.safety.Attribution;
import org.ablationpath.safety.CtcaeTerm;
import org.ablationpath.safety.CtcaeTerms;
import org.ablationpath.safety.Intervention;
import org.ablationpath.safety.Sequelae;
import org.ablationpath.safety.Sir2017Severity;
import org.ablationpath.safety.HospitalisationDates;

/**
 * Reports an adverse event on the case: onset, CTCAE term (searchable list, or free text for a term not listed),
 * grade at onset (only the grades the term defines), the session it is attributed to if any, a description, what
 * the reporter knows of attribution, interventions, hospital stay and outcome (outcomes.md 4.13), and the raw facts
 * the CIRSE 2017 and SIR classes are derived from (safety.md 4.1, 4.3; each may stay unknown until the review).
 * The service checks everything; its problems show next to the fields.
 */
class ReportAdverseEventDialog extends Dialog {

    private static final int MAX_TERM = 200;
    private static final int MAX_DESCRIPTION = 4000;

    final DatePicker onsetDate = new DatePicker();
    final ComboBox<String> ctcaeTerm = new ComboBox<>();
    final Select<Integer> gradeAtOnset = new Select<>();
    final Select<ProcedureSession> procedureSession = new Select<>();
    final TextArea description = new TextArea();
    final Select<Attribution> attribution = new Select<>();
    final MultiSelectComboBox<Intervention> interventions = new MultiSelectComboBox<>();
    final Checkbox hospitalized = new Checkbox();
    final DatePicker admissionDate = new DatePicker();
    final DatePicker dischargeDate = new DatePicker();
    final Select<AdverseEventOutcome> outcome = new Select<>();
    final Select<Boolean> solvedWithinProcedure = new Select<>();
    final Select<Boolean> procedureSucceeded = new Select<>();
    final Select<Boolean> additionalTherapy = new Select<>();
    final IntegerField additionalHospitalDays = new IntegerField();
    final IntegerField unplannedStayHours = new IntegerField();
    final Select<Sequelae> sequelae = new Select<>();
    final Select<Sir2017Severity> sir2017Severity = new Select<>();
    final Button save = new Button();
    final UnorderedList otherErrors = new UnorderedList();
    private final FieldErrors fieldErrors = new FieldErrors();

    ReportAdverseEventDialog(UUID caseId, AdverseEvents events, CtcaeTerms terms, List<ProcedureSession> sessions, Clock clock,
                             Runnable onReported) {
        setHeaderTitle(getTranslation("adverseEvents.report"));
        setId("report-adverse-event-dialog");

        onsetDate.setId("ae-onsetDate");
        onsetDate.setLabel(getTranslation("adverseEvents.onsetDate"));
        onsetDate.setMax(LocalDate.now(clock));
        ctcaeTerm.setId("ae-ctcaeTerm");
        ctcaeTerm.setLabel(getTranslation("adverseEvents.ctcaeTerm"));
        ctcaeTerm.setHelperText(getTranslation("adverseEvents.ctcaeTerm.help", terms.version()));
        ctcaeTerm.setItems(terms.all().stream().map(CtcaeTerm::term).toList());
        ctcaeTerm.setAllowCustomValue(true);
        ctcaeTerm.addCustomValueSetListener(e -> ctcaeTerm.setValue(e.getDetail().length() > MAX_TERM
                ? e.getDetail().substring(0, MAX_TERM) : e.getDetail()));
        ctcaeTerm.setWidth("24rem");
        gradeAtOnset.setId("ae-gradeAtOnset");
        gradeAtOnset.setLabel(getTranslation("adverseEvents.gradeAtOnset"));
        gradeAtOnset.setItemLabelGenerator(grade -> getTranslation("adverseEvents.grade." + grade));
        gradeAtOnset.setItems(CtcaeTerm.ALL_GRADES);
        ctcaeTerm.addValueChangeListener(e -> {
            Integer chosen = gradeAtOnset.getValue();
            List<Integer> allowed = terms.allowedGrades(e.getValue());
            gradeAtOnset.setItems(allowed);
            gradeAtOnset.setValue(allowed.contains(chosen) ? chosen : null);
        });
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        procedureSession.setId("ae-procedureSessionId");
        procedureSession.setLabel(getTranslation("adverseEvents.session"));
        procedureSession.setItems(sessions);
        procedureSession.setItemLabelGenerator(s -> s == null ? ""
                : getTranslation("adverseEvents.session.label", s.number(), day.format(s.date())));
        procedureSession.setEmptySelectionAllowed(true);
        procedureSession.setVisible(!sessions.isEmpty());
        description.setId("ae-description");
        description.setLabel(getTranslation("adverseEvents.description"));
        description.setMaxLength(MAX_DESCRIPTION);
        description.setWidthFull();
        otherErrors.addClassName("form-errors");
        details(clock);
        cirseFacts();
        fieldErrors.bind("onsetDate", onsetDate).bind("ctcaeTerm", ctcaeTerm).bind("gradeAtOnset", gradeAtOnset)
                .bind("procedureSessionId", procedureSession).bind("description", description)
                .bind("attribution", attribution).bind("interventions", interventions).bind("admissionDate", admissionDate)
                .bind("dischargeDate", dischargeDate).bind("outcome", outcome)
                .bind("solvedWithinProcedure", solvedWithinProcedure).bind("procedureSucceeded", procedureSucceeded)
                .bind("additionalTherapy", additionalTherapy).bind("additionalHospitalDays", additionalHospitalDays)
                .bind("unplannedStayHours", unplannedStayHours).bind("sequelae", sequelae)
                .bind("sir2017Severity", sir2017Severity);

        Paragraph cirseHelp = new Paragraph(getTranslation("ae.cirse.help"));
        cirseHelp.addClassName("help-text");
        add(new FormLayout(onsetDate, ctcaeTerm, gradeAtOnset, procedureSession), description,
                new FormLayout(attribution, interventions, outcome, hospitalized, admissionDate, dischargeDate),
                new H4(getTranslation("ae.cirse.title")), cirseHelp,
                new FormLayout(solvedWithinProcedure, procedureSucceeded, additionalTherapy, additionalHospitalDays,
                        unplannedStayHours, sequelae, sir2017Severity), otherErrors);
        save.setText(getTranslation("adverseEvents.save"));
        save.setId("ae-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(caseId, events, onReported));
        Button cancel = new Button(getTranslation("case.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** Attribution, interventions, hospital stay and outcome as the reporter knows them (outcomes.md 4.13). */
    private void details(Clock clock) {
        attribution.setId("ae-attribution");
        attribution.setLabel(getTranslation("adverseEvents.attribution"));
        attribution.setItems(Attribution.values());
        attribution.setEmptySelectionAllowed(true);
        attribution.setEmptySelectionCaption(getTranslation("ae.unknown"));
        attribution.setItemLabelGenerator(a -> a == null ? getTranslation("ae.unknown") : getTranslation("adverseEvents.attribution." + a.name()));
        interventions.setId("ae-interventions");
        interventions.setLabel(getTranslation("ae.interventions"));
        interventions.setItems(Intervention.values());
        interventions.setItemLabelGenerator(i -> getTranslation("ae.intervention." + i.name()));
        outcome.setId("ae-outcome");
        outcome.setLabel(getTranslation("adverseEvents.outcome"));
        outcome.setItems(AdverseEventOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("ae.unknown"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("ae.unknown") : getTranslation("adverseEvents.outcome." + o.name()));
        hospitalized.setId("ae-hospitalized");
        hospitalized.setLabel(getTranslation("ae.hospitalized"));
        admissionDate.setId("ae-admissionDate");
        admissionDate.setLabel(getTranslation("ae.admissionDate"));
        admissionDate.setMax(LocalDate.now(clock));
        dischargeDate.setId("ae-dischargeDate");
        dischargeDate.setLabel(getTranslation("ae.dischargeDate"));
        dischargeDate.setMax(LocalDate.now(clock));
        HospitalisationDates.showWhileTicked(hospitalized, admissionDate, dischargeDate);
    }

    /** The inputs of the CIRSE 2017 and SIR derivation (safety.md 4.1, 4.3); each may stay unknown. */
    private void cirseFacts() {
        yesNo(solvedWithinProcedure, "ae-solvedWithinProcedure", "ae.cirse.solvedWithinProcedure");
        yesNo(procedureSucceeded, "ae-procedureSucceeded", "ae.cirse.procedureSucceeded");
        yesNo(additionalTherapy, "ae-additionalTherapy", "ae.cirse.additionalTherapy");
        additionalHospitalDays.setId("ae-additionalHospitalDays");
        additionalHospitalDays.setLabel(getTranslation("ae.cirse.additionalHospitalDays"));
        additionalHospitalDays.setMin(0);
        additionalHospitalDays.setMax(365);
        unplannedStayHours.setId("ae-unplannedStayHours");
        unplannedStayHours.setLabel(getTranslation("ae.cirse.unplannedStayHours"));
        unplannedStayHours.setMin(0);
        unplannedStayHours.setMax(8760);
        sequelae.setId("ae-sequelae");
        sequelae.setLabel(getTranslation("ae.cirse.sequelae"));
        sequelae.setItems(Sequelae.values());
        sequelae.setEmptySelectionAllowed(true);
        sequelae.setEmptySelectionCaption(getTranslation("ae.unknown"));
        sequelae.setItemLabelGenerator(q -> q == null ? getTranslation("ae.unknown") : getTranslation("ae.sequelae." + q.name()));
        sir2017Severity.setId("ae-sir2017Severity");
        sir2017Severity.setLabel(getTranslation("ae.cirse.sir2017Severity"));
        sir2017Severity.setItems(Sir2017Severity.values());
        sir2017Severity.setEmptySelectionAllowed(true);
        sir2017Severity.setEmptySelectionCaption(getTranslation("ae.unknown"));
        sir2017Severity.setItemLabelGenerator(v -> v == null ? getTranslation("ae.unknown") : getTranslation("ae.sir2017." + v.name()));
    }

    private void yesNo(Select<Boolean> field, String id, String label) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setItems(Boolean.TRUE, Boolean.FALSE);
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(getTranslation("ae.unknown"));
        field.setItemLabelGenerator(b -> b == null ? getTranslation("ae.unknown") : getTranslation(b ? "ae.yes" : "ae.no"));
    }

    private void save(UUID caseId, AdverseEvents events, Runnable onReported) {
        fieldErrors.clear();
        otherErrors.removeAll();
        AdverseEventReport report = new AdverseEventReport(
                procedureSession.getValue() == null ? null : procedureSession.getValue().id(), onsetDate.getValue(),
                ctcaeTerm.getValue(), gradeAtOnset.getValue(), description.getValue(), solvedWithinProcedure.getValue(),
                procedureSucceeded.getValue(), additionalTherapy.getValue(), additionalHospitalDays.getValue(),
                unplannedStayHours.getValue(), sequelae.getValue(), sir2017Severity.getValue(), attribution.getValue(),
                new ArrayList<>(interventions.getSelectedItems()), hospitalized.getValue(), admissionDate.getValue(),
                dischargeDate.getValue(), outcome.getValue());
        try {
            events.report(caseId, report);
            close();
            onReported.run();
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unmatched = fieldErrors.show(invalid.problems());
            unmatched.forEach(p -> otherErrors.add(new ListItem(p.field() + ": " + p.message())));
        } catch (ConflictException conflict) {
            otherErrors.add(new ListItem(conflict.getMessage()));
        }
    }
}
