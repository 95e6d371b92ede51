package org.ablationpath.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ablationpath.followup.DaySevenCallForm;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;

/**
 * The day-7 call (STG-08): was the patient reached, and if so a yes or no to each question of the questionnaire;
 * a yes is shown on the case with a hint to report an adverse event.
 */
class DaySevenCallFormView extends VerticalLayout {

    /** The questionnaire of pathway.md STG-08, by form field. */
    static final List<String> QUESTIONS = List.of("fever", "pain", "jaundice", "woundProblem", "urinaryProblem",
            "breathlessness", "newMedication", "unplannedVisit");

    final DatePicker callDate = new DatePicker();
    final RadioButtonGroup<Boolean> reached = yesNo("reached", "followup.call.reached");
    final Map<String, RadioButtonGroup<Boolean>> answers = new LinkedHashMap<>();
    final TextArea note = new TextArea();
    final Button submit = new Button();
    final UnorderedList otherErrors = new UnorderedList();
    private final BeanValidationBinder<DaySevenCallForm> binder = new BeanValidationBinder<>(DaySevenCallForm.class);
    private final FieldErrors fieldErrors = new FieldErrors();

    DaySevenCallFormView(TaskItem task, CaseTasks tasks, Runnable onCompleted) {
        setPadding(false);
        add(new H3(getTranslation("followup.call.title")));
        callDate.setId("callDate");
        callDate.setLabel(getTranslation("followup.call.callDate"));
        binder.forField(callDate).bind("callDate");
        binder.forField(reached).bind("reached");
        fieldErrors.bind("callDate", callDate).bind("reached", reached);
        add(callDate, reached, new Paragraph(getTranslation("followup.call.questions")));
        for (String question : QUESTIONS) {
            RadioButtonGroup<Boolean> answer = yesNo(question, "followup.day7.answer." + question);
            answer.setEnabled(false);
            answers.put(question, answer);
            binder.forField(answer).bind(question);
            fieldErrors.bind(question, answer);
            add(answer);
        }
        reached.addValueChangeListener(e -> answers.values().forEach(answer -> {
            boolean asked = Boolean.TRUE.equals(e.getValue());
            answer.setEnabled(asked);
            if (!asked) {
                answer.clear();
            }
        }));
        note.setId("note");
        note.setLabel(getTranslation("followup.call.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        binder.forField(note).bind("note");
        fieldErrors.bind("note", note);
        otherErrors.addClassName("form-errors");
        submit.setText(getTranslation("followup.call.submit"));
        submit.setId("submit-call");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> TaskFormSubmission.complete(task, tasks, binder, DaySevenCallForm::new, fieldErrors,
                otherErrors, onCompleted));
        add(note, otherErrors, submit);
    }

    private RadioButtonGroup<Boolean> yesNo(String id, String labelKey) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setId(id);
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(value -> getTranslation(value ? "followup.yes" : "followup.no"));
        return group;
    }
}
