package org.ablationpath.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.safety.AdverseEventReport;
import org.ablationpath.safety.AdverseEvents;
import org.ablationpath.safety.CtcaeTerm;
import org.ablationpath.safety.CtcaeTerms;

/**
 * Reports an adverse event on the case: onset, CTCAE term (searchable list, or free text for a term not listed),
 * grade at onset (only the grades the term defines), the session it is attributed to if any, and a description.
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
        fieldErrors.bind("onsetDate", onsetDate).bind("ctcaeTerm", ctcaeTerm).bind("gradeAtOnset", gradeAtOnset)
                .bind("procedureSessionId", procedureSession).bind("description", description);

        add(new FormLayout(onsetDate, ctcaeTerm, gradeAtOnset, procedureSession), description, otherErrors);
        save.setText(getTranslation("adverseEvents.save"));
        save.setId("ae-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(caseId, events, onReported));
        Button cancel = new Button(getTranslation("case.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save(UUID caseId, AdverseEvents events, Runnable onReported) {
        fieldErrors.clear();
        otherErrors.removeAll();
        AdverseEventReport report = new AdverseEventReport(
                procedureSession.getValue() == null ? null : procedureSession.getValue().id(), onsetDate.getValue(),
                ctcaeTerm.getValue(), gradeAtOnset.getValue(), description.getValue());
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
