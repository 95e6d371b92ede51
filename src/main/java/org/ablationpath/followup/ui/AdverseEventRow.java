package org.ablationpath.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.ablationpath.followup.AeIntervention;
import org.ablationpath.followup.VisitAdverseEventEntry;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.safety.AdverseEventOutcome;
import org.ablationpath.safety.Attribution;
import org.ablationpath.safety.CtcaeTerm;
import org.ablationpath.safety.CtcaeTerms;
import org.ablationpath.safety.HospitalisationDates;

/**
 * One adverse event of the visit form: CTCAE term searched in the safety module's list, a grade the term defines,
 * onset, attribution, interventions, hospital stay, outcome and a description.
 */
class AdverseEventRow extends FlexLayout {

    final ComboBox<CtcaeTerm> term = new ComboBox<>();
    final Select<Integer> grade = new Select<>();
    final DatePicker onsetDate = new DatePicker();
    final Select<Attribution> attribution = new Select<>();
    final MultiSelectComboBox<AeIntervention> interventions = new MultiSelectComboBox<>();
    final Checkbox hospitalized = new Checkbox();
    final DatePicker admissionDate = new DatePicker();
    final DatePicker dischargeDate = new DatePicker();
    final Select<AdverseEventOutcome> outcome = new Select<>();
    final TextField description = new TextField();
    final Button remove = new Button();

    AdverseEventRow(CtcaeTerms terms, Runnable onRemove) {
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        addClassName("ae-row");
        term.setLabel(getTranslation("visitform.ae.term"));
        term.setItems(terms.all());
        term.setItemLabelGenerator(CtcaeTerm::term);
        term.setWidth("18rem");
        grade.setLabel(getTranslation("visitform.ae.grade"));
        grade.setItems(CtcaeTerm.ALL_GRADES);
        term.addValueChangeListener(e -> {
            List<Integer> allowed = e.getValue() == null ? CtcaeTerm.ALL_GRADES : e.getValue().allowedGrades();
            Integer kept = grade.getValue();
            grade.setItems(allowed);
            grade.setValue(kept != null && allowed.contains(kept) ? kept : null);
        });
        onsetDate.setLabel(getTranslation("visitform.ae.onsetDate"));
        attribution.setLabel(getTranslation("visitform.ae.attribution"));
        attribution.setItems(Attribution.values());
        attribution.setEmptySelectionAllowed(true);
        interventions.setLabel(getTranslation("visitform.ae.interventions"));
        interventions.setItems(AeIntervention.values());
        interventions.setItemLabelGenerator(i -> getTranslation("ae.intervention." + i.name()));
        interventions.setWidth("18rem");
        hospitalized.setLabel(getTranslation("visitform.ae.hospitalized"));
        admissionDate.setLabel(getTranslation("visitform.ae.admissionDate"));
        dischargeDate.setLabel(getTranslation("visitform.ae.dischargeDate"));
        HospitalisationDates.showWhileTicked(hospitalized, admissionDate, dischargeDate);
        outcome.setLabel(getTranslation("visitform.ae.outcome"));
        outcome.setItems(AdverseEventOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        description.setLabel(getTranslation("visitform.ae.description"));
        description.setMaxLength(2000);
        remove.setText(getTranslation("visitform.ae.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> onRemove.run());
        add(term, grade, onsetDate, attribution, interventions, hospitalized, admissionDate, dischargeDate, outcome, description, remove);
    }

    VisitAdverseEventEntry entry() {
        VisitAdverseEventEntry entry = new VisitAdverseEventEntry();
        entry.setCtcaeTerm(term.getValue() == null ? null : term.getValue().term());
        entry.setGrade(grade.getValue());
        entry.setOnsetDate(onsetDate.getValue());
        entry.setAttribution(attribution.getValue());
        entry.setInterventions(new ArrayList<>(interventions.getSelectedItems()));
        entry.setHospitalized(hospitalized.getValue());
        entry.setAdmissionDate(admissionDate.getValue());
        entry.setDischargeDate(dischargeDate.getValue());
        entry.setOutcome(outcome.getValue());
        entry.setDescription(description.getValue() == null || description.getValue().isBlank() ? null : description.getValue());
        return entry;
    }

    /** Binds this row's fields to the problem paths of its position in the submitted list. */
    void bindErrors(FieldErrors errors, String path) {
        errors.bind(path + "ctcaeTerm", term).bind(path + "grade", grade).bind(path + "onsetDate", onsetDate)
                .bind(path + "attribution", attribution).bind(path + "interventions", interventions)
                .bind(path + "admissionDate", admissionDate).bind(path + "dischargeDate", dischargeDate)
                .bind(path + "outcome", outcome).bind(path + "description", description);
    }
}
