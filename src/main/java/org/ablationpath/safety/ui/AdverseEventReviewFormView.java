package org.ablationpath.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.safety.AdverseEvent;
import org.ablationpath.safety.AdverseEventOutcome;
import org.ablationpath.safety.AdverseEventReviewForm;
import org.ablationpath.safety.Attribution;
import org.ablationpath.safety.CtcaeTerms;

/**
 * The interventional radiologist sees the reported event and grades its worst severity (from the grade at onset
 * up, only grades the term defines), its attribution to the procedure, whether it is an expected side effect, and
 * its outcome.
 */
class AdverseEventReviewFormView extends VerticalLayout {

    final Select<Integer> worstGrade = new Select<>();
    final Select<Attribution> attribution = new Select<>();
    final Checkbox expectedSideEffect = new Checkbox();
    final Select<AdverseEventOutcome> outcome = new Select<>();
    final TextArea note = new TextArea();
    final Button submit = new Button();
    private final BeanValidationBinder<AdverseEventReviewForm> binder = new BeanValidationBinder<>(AdverseEventReviewForm.class);
    private final UnorderedList otherErrors = new UnorderedList();
    private final FieldErrors fieldErrors = new FieldErrors();

    AdverseEventReviewFormView(TaskItem task, Optional<AdverseEvent> reported, CtcaeTerms terms, CaseTasks tasks,
                               Runnable onCompleted) {
        setPadding(false);
        add(new H3(getTranslation("adverseEvents.review.title")));
        if (reported.isEmpty()) {
            add(new Paragraph(getTranslation("adverseEvents.review.notFound")));
            return;
        }
        AdverseEvent event = reported.get();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Paragraph summary = new Paragraph(event.ctcaeTerm() + " · " + getTranslation("adverseEvents.grade." + event.gradeAtOnset())
                + " · " + getTranslation("adverseEvents.onset", day.format(event.onsetDate())));
        summary.setId("ae-summary");
        add(summary);
        if (event.description() != null) {
            add(new Paragraph(event.description()));
        }

        worstGrade.setId("worstGrade");
        worstGrade.setLabel(getTranslation("adverseEvents.worstGrade"));
        worstGrade.setItems(terms.allowedGrades(event.ctcaeTerm()).stream().filter(g -> g >= event.gradeAtOnset()).toList());
        worstGrade.setItemLabelGenerator(grade -> getTranslation("adverseEvents.grade." + grade));
        attribution.setId("attribution");
        attribution.setLabel(getTranslation("adverseEvents.attribution"));
        attribution.setItems(Attribution.values());
        attribution.setItemLabelGenerator(a -> a == null ? "" : getTranslation("adverseEvents.attribution." + a.name()));
        attribution.setEmptySelectionAllowed(true);
        expectedSideEffect.setId("expectedSideEffect");
        expectedSideEffect.setLabel(getTranslation("adverseEvents.expectedSideEffect"));
        expectedSideEffect.setHelperText(getTranslation("adverseEvents.expectedSideEffect.help"));
        outcome.setId("outcome");
        outcome.setLabel(getTranslation("adverseEvents.outcome"));
        outcome.setItems(AdverseEventOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("adverseEvents.outcome." + o.name()));
        note.setId("note");
        note.setLabel(getTranslation("adverseEvents.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        otherErrors.addClassName("form-errors");

        binder.forField(worstGrade).bind("worstGrade");
        binder.forField(attribution).bind("attribution");
        binder.forField(expectedSideEffect).bind("expectedSideEffect");
        binder.forField(outcome).bind("outcome");
        binder.forField(note).bind("note");
        fieldErrors.bind("worstGrade", worstGrade).bind("attribution", attribution)
                .bind("expectedSideEffect", expectedSideEffect).bind("outcome", outcome).bind("note", note);
        AdverseEventReviewForm start = new AdverseEventReviewForm();
        start.setWorstGrade(event.gradeAtOnset());
        start.setExpectedSideEffect(false);
        // the reporter's attribution and outcome are the starting point the reviewer confirms or changes
        start.setAttribution(event.attribution());
        start.setOutcome(event.outcome());
        binder.readBean(start);

        submit.setText(getTranslation("adverseEvents.review.submit"));
        submit.setId("submit-ae-review");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(task, tasks, onCompleted));
        add(worstGrade, attribution, expectedSideEffect, outcome, note, otherErrors, submit);
    }

    private void submit(TaskItem task, CaseTasks tasks, Runnable onCompleted) {
        TaskFormSubmission.complete(task, tasks, binder, AdverseEventReviewForm::new, fieldErrors, otherErrors, onCompleted);
    }
}
