package org.ablationpath.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import org.ablationpath.followup.NoScheduleDecision;
import org.ablationpath.followup.NoScheduleDecisionForm;
import org.ablationpath.followup.NoScheduleEndReason;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;

/**
 * The organs and histologies without a published schedule, then the operator's decision: the next visit planned by
 * hand (target date and its window), or the end of follow-up with its reason and a note. Only the chosen part shows.
 */
class NoScheduleDecisionFormView extends VerticalLayout {

    final RadioButtonGroup<NoScheduleDecision> decision = new RadioButtonGroup<>();
    final DatePicker windowStart = new DatePicker();
    final DatePicker targetDate = new DatePicker();
    final DatePicker windowEnd = new DatePicker();
    final Select<NoScheduleEndReason> endReason = new Select<>();
    final TextArea note = new TextArea();
    final Button submit = new Button();
    final UnorderedList indications = new UnorderedList();
    final UnorderedList otherErrors = new UnorderedList();
    private final BeanValidationBinder<NoScheduleDecisionForm> binder = new BeanValidationBinder<>(NoScheduleDecisionForm.class);
    private final FieldErrors fieldErrors = new FieldErrors();

    NoScheduleDecisionFormView(TaskItem task, CaseTasks tasks, List<String> unscheduled, Runnable onCompleted) {
        setPadding(false);
        add(new H3(getTranslation("followup.noSchedule.title")));
        add(new Paragraph(getTranslation("followup.noSchedule.explain")));
        indications.setId("indications-without-schedule");
        unscheduled.forEach(i -> indications.add(new ListItem(i + " — " + getTranslation("followup.noSchedule.label"))));
        decision.setId("decision");
        decision.setLabel(getTranslation("followup.noSchedule.decision"));
        decision.setItems(NoScheduleDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation("followup.noSchedule.decision." + d.name()));
        windowStart.setId("windowStart");
        windowStart.setLabel(getTranslation("followup.noSchedule.windowStart"));
        targetDate.setId("targetDate");
        targetDate.setLabel(getTranslation("followup.noSchedule.targetDate"));
        windowEnd.setId("windowEnd");
        windowEnd.setLabel(getTranslation("followup.noSchedule.windowEnd"));
        endReason.setId("endReason");
        endReason.setLabel(getTranslation("followup.end.reason"));
        endReason.setItems(NoScheduleEndReason.values());
        endReason.setItemLabelGenerator(r -> getTranslation("followup.endReason." + r.endReason().name()));
        note.setId("note");
        note.setLabel(getTranslation("followup.noSchedule.note"));
        note.setMaxLength(2000);
        show(null);
        decision.addValueChangeListener(e -> show(e.getValue()));
        binder.forField(decision).bind("decision");
        binder.forField(windowStart).bind("windowStart");
        binder.forField(targetDate).bind("targetDate");
        binder.forField(windowEnd).bind("windowEnd");
        binder.forField(endReason).bind("endReason");
        binder.forField(note).bind("note");
        fieldErrors.bind("decision", decision).bind("windowStart", windowStart).bind("targetDate", targetDate)
                .bind("windowEnd", windowEnd).bind("endReason", endReason).bind("note", note);
        otherErrors.addClassName("form-errors");
        submit.setText(getTranslation("followup.noSchedule.submit"));
        submit.setId("submit-no-schedule-decision");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> TaskFormSubmission.complete(task, tasks, binder, NoScheduleDecisionForm::new,
                fieldErrors, otherErrors, onCompleted));
        add(indications, decision, windowStart, targetDate, windowEnd, endReason, note, otherErrors, submit);
    }

    /** Shows the fields of the chosen decision; the other's are cleared, so they are never sent. */
    private void show(NoScheduleDecision chosen) {
        boolean plan = chosen == NoScheduleDecision.PLAN_VISIT;
        boolean end = chosen == NoScheduleDecision.END_FOLLOW_UP;
        windowStart.setVisible(plan);
        targetDate.setVisible(plan);
        windowEnd.setVisible(plan);
        endReason.setVisible(end);
        note.setVisible(end);
        if (!plan) {
            windowStart.clear();
            targetDate.clear();
            windowEnd.clear();
        }
        if (!end) {
            endReason.clear();
            note.clear();
        }
    }
}
