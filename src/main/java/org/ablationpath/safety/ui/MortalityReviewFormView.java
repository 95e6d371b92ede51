package org.ablationpath.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.safety.MortalityReviewForm;

/**
 * The M&M review (TMR-11): when it was held, whether the death was procedure-related (the registry's
 * procedureRelatedDeath, OUT-12), the summary of the discussion and the actions agreed.
 */
class MortalityReviewFormView extends VerticalLayout {

    final DatePicker reviewDate = new DatePicker();
    final RadioButtonGroup<Boolean> procedureRelated = new RadioButtonGroup<>();
    final TextArea summary = new TextArea();
    final TextArea actions = new TextArea();
    final Button submit = new Button();
    final UnorderedList otherErrors = new UnorderedList();
    private final BeanValidationBinder<MortalityReviewForm> binder = new BeanValidationBinder<>(MortalityReviewForm.class);
    private final FieldErrors fieldErrors = new FieldErrors();

    MortalityReviewFormView(TaskItem task, CaseTasks tasks, Runnable onCompleted) {
        setPadding(false);
        add(new H3(getTranslation("mortalityReview.title")));
        reviewDate.setId("reviewDate");
        reviewDate.setLabel(getTranslation("mortalityReview.reviewDate"));
        procedureRelated.setId("procedureRelated");
        procedureRelated.setLabel(getTranslation("mortalityReview.procedureRelated"));
        procedureRelated.setItems(Boolean.TRUE, Boolean.FALSE);
        procedureRelated.setItemLabelGenerator(v -> getTranslation(v ? "mortalityReview.yes" : "mortalityReview.no"));
        summary.setId("summary");
        summary.setLabel(getTranslation("mortalityReview.summary"));
        summary.setMaxLength(MortalityReviewForm.SUMMARY_MAX);
        summary.setWidthFull();
        actions.setId("actions");
        actions.setLabel(getTranslation("mortalityReview.actions"));
        actions.setMaxLength(MortalityReviewForm.ACTIONS_MAX);
        actions.setWidthFull();
        binder.forField(reviewDate).bind("reviewDate");
        binder.forField(procedureRelated).bind("procedureRelated");
        binder.forField(summary).bind("summary");
        binder.forField(actions).bind("actions");
        fieldErrors.bind("reviewDate", reviewDate).bind("procedureRelated", procedureRelated)
                .bind("summary", summary).bind("actions", actions);
        otherErrors.addClassName("form-errors");
        submit.setText(getTranslation("mortalityReview.submit"));
        submit.setId("submit-mortality-review");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> TaskFormSubmission.complete(task, tasks, binder, MortalityReviewForm::new,
                fieldErrors, otherErrors, onCompleted));
        add(reviewDate, procedureRelated, summary, actions, otherErrors, submit);
    }
}
