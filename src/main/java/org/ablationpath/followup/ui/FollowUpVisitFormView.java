package org.ablationpath.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ablationpath.followup.AnalgesicChange;
import org.ablationpath.followup.ContactOutcome;
import org.ablationpath.followup.ContactType;
import org.ablationpath.followup.FollowUpVisitForm;
import org.ablationpath.followup.VisitFinding;
import org.ablationpath.followup.internal.VisitTasks;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.safety.CtcaeTerms;

/**
 * The nurse records a grid visit (STG-10): date inside its window, contact, ECOG, what was found (the tumour for an
 * LTP) and, on the bone schedule, pain and analgesic use.
 */
class FollowUpVisitFormView extends VerticalLayout {

    final RadioButtonGroup<ContactOutcome> contactOutcome = new RadioButtonGroup<>();
    final DatePicker retryDate = new DatePicker();
    final DatePicker visitDate = new DatePicker();
    final Select<ContactType> contactType = new Select<>();
    final IntegerField ecog = new IntegerField();
    final Select<VisitFinding> finding = new Select<>();
    final Select<String> tumorId = new Select<>();
    final IntegerField painNrs = new IntegerField();
    final Select<AnalgesicChange> analgesicChange = new Select<>();
    final TextArea note = new TextArea();
    final Button submit = new Button();
    final UnorderedList otherErrors = new UnorderedList();
    VisitContentFields content;
    private final BeanValidationBinder<FollowUpVisitForm> binder = new BeanValidationBinder<>(FollowUpVisitForm.class);
    private FieldErrors fieldErrors = new FieldErrors();

    FollowUpVisitFormView(TaskItem task, Optional<VisitTasks.VisitTask> found, CaseTasks tasks, Runnable onCompleted) {
        this(task, found, Map.of(), List.of(), null, tasks, onCompleted);
    }

    FollowUpVisitFormView(TaskItem task, Optional<VisitTasks.VisitTask> found, Map<String, String> histologyByTumor,
                          List<String> symptomChecklist, CtcaeTerms terms, CaseTasks tasks, Runnable onCompleted) {
        setPadding(false);
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("followup.visit.none")));
            return;
        }
        VisitTasks.VisitTask visit = found.get();
        add(new H3(getTranslation("followup.visit.title", visit.gridLabel(), visit.organ())));
        Paragraph schedule = new Paragraph(getTranslation("followup.visit.schedule", visit.scheduleId(), visit.scheduleDescription()));
        Paragraph window = new Paragraph(getTranslation("followup.visit.window", UiDates.format(visit.targetDate(), getLocale()),
                UiDates.format(visit.windowStart(), getLocale()), UiDates.format(visit.windowEnd(), getLocale())));
        window.setId("visit-window");
        add(schedule, window);

        contactOutcome.setId("contactOutcome");
        contactOutcome.setLabel(getTranslation("visitform.contactOutcome"));
        contactOutcome.setItems(ContactOutcome.values());
        contactOutcome.setItemLabelGenerator(c -> getTranslation("visitform.contactOutcome." + c.name()));
        contactOutcome.setValue(ContactOutcome.REACHED);
        retryDate.setId("retryDate");
        retryDate.setLabel(getTranslation("visitform.retryDate"));
        retryDate.setHelperText(getTranslation("visitform.retryDate.help", UiDates.format(visit.windowEnd(), getLocale())));
        retryDate.setVisible(false);

        visitDate.setId("visitDate");
        visitDate.setLabel(getTranslation("followup.visit.visitDate"));
        // no min/max: a date outside the window gets the service's message naming the window
        visitDate.setInitialPosition(visit.targetDate());
        contactType.setId("contactType");
        contactType.setLabel(getTranslation("followup.visit.contactType"));
        contactType.setItems(ContactType.values());
        contactType.setItemLabelGenerator(c -> getTranslation("followup.contact." + c.name()));
        contactType.setValue(visit.plannedType());
        ecog.setId("ecog");
        ecog.setLabel(getTranslation("followup.visit.ecog"));
        finding.setId("finding");
        finding.setLabel(getTranslation("followup.visit.finding"));
        finding.setItems(VisitFinding.values());
        finding.setItemLabelGenerator(f -> getTranslation("followup.finding." + f.name()));
        finding.setWidth("28rem");
        finding.setHelperText(getTranslation("followup.visit.finding.help"));
        tumorId.setId("tumorId");
        tumorId.setLabel(getTranslation("followup.visit.tumorId"));
        tumorId.setItems(visit.tumorIds());
        tumorId.setEmptySelectionAllowed(true);
        tumorId.setVisible(false);
        finding.addValueChangeListener(e -> {
            tumorId.setVisible(e.getValue() == VisitFinding.LTP);
            if (e.getValue() != VisitFinding.LTP) {
                tumorId.clear();
            }
        });
        painNrs.setId("painNrs");
        painNrs.setLabel(getTranslation("followup.visit.painNrs"));
        analgesicChange.setId("analgesicChange");
        analgesicChange.setLabel(getTranslation("followup.visit.analgesicChange"));
        analgesicChange.setItems(AnalgesicChange.values());
        analgesicChange.setItemLabelGenerator(a -> getTranslation("followup.analgesic." + a.name()));
        painNrs.setVisible(visit.painFollowUp());
        analgesicChange.setVisible(visit.painFollowUp());
        note.setId("note");
        note.setLabel(getTranslation("followup.visit.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        otherErrors.addClassName("form-errors");

        if (terms != null) {
            content = new VisitContentFields(histologyByTumor, symptomChecklist, terms);
        }
        binder.forField(visitDate).bind("visitDate");
        binder.forField(contactType).bind("contactType");
        binder.forField(ecog).bind("ecog");
        binder.forField(finding).asRequired(getTranslation("visitform.findingRequired")).bind("finding");
        binder.forField(tumorId).bind("tumorId");
        binder.forField(painNrs).bind("painNrs");
        binder.forField(analgesicChange).bind("analgesicChange");
        binder.forField(note).bind("note");
        contactOutcome.addValueChangeListener(e -> showReached(e.getValue() != ContactOutcome.NOT_REACHED, visit.painFollowUp()));

        submit.setText(getTranslation("followup.visit.submit"));
        submit.setId("submit-visit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(task, tasks, onCompleted));
        add(contactOutcome, visitDate, retryDate, contactType, ecog, finding, tumorId, painNrs, analgesicChange);
        if (content != null) {
            add(content);
        }
        add(note, otherErrors, submit);
    }

    private void showReached(boolean reached, boolean painFollowUp) {
        retryDate.setVisible(!reached);
        if (reached) {
            retryDate.clear();
        }
        ecog.setVisible(reached);
        finding.setVisible(reached);
        tumorId.setVisible(reached && finding.getValue() == VisitFinding.LTP);
        painNrs.setVisible(reached && painFollowUp);
        analgesicChange.setVisible(reached && painFollowUp);
        if (content != null) {
            content.setVisible(reached);
        }
    }

    private FieldErrors baseErrors() {
        return new FieldErrors().bind("visitDate", visitDate).bind("contactType", contactType).bind("ecog", ecog)
                .bind("finding", finding).bind("tumorId", tumorId).bind("painNrs", painNrs)
                .bind("analgesicChange", analgesicChange).bind("note", note).bind("retryDate", retryDate)
                .bind("contactOutcome", contactOutcome);
    }

    private void submit(TaskItem task, CaseTasks tasks, Runnable onCompleted) {
        fieldErrors.clear();
        otherErrors.removeAll();
        fieldErrors = baseErrors();
        boolean reached = contactOutcome.getValue() != ContactOutcome.NOT_REACHED;
        FollowUpVisitForm form = new FollowUpVisitForm();
        if (reached) {
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            if (content != null) {
                content.writeTo(form, fieldErrors);
            }
        } else {
            // only the attempt: the clinical fields are hidden and not sent
            form.setVisitDate(visitDate.getValue());
            form.setContactType(contactType.getValue());
            form.setNote(note.getValue() == null || note.getValue().isBlank() ? null : note.getValue());
        }
        form.setContactOutcome(contactOutcome.getValue());
        form.setRetryDate(retryDate.getValue());
        TaskFormSubmission.send(task, tasks, form, fieldErrors, otherErrors, onCompleted);
    }
}
