package org.ablationpath.board.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Optional;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.DecisionCode;
import org.ablationpath.board.FollowThroughForm;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;

/**
 * The MDT coordinator confirms whether the decided treatment started: the start date and treatment when it did, the
 * coded reason when it did not (or when another treatment started). The decision is shown above the form.
 */
class FollowThroughFormView extends VerticalLayout {

    private static final String REASON_KEY_PREFIX = "followThrough.reason.";

    final RadioButtonGroup<Boolean> treatmentStarted = new RadioButtonGroup<>();
    final DatePicker startDate = new DatePicker();
    final Select<DecisionCode> treatmentType = new Select<>();
    final Select<String> reasonCode = new Select<>();
    final TextArea note = new TextArea();
    final Button submit = new Button();
    private final BeanValidationBinder<FollowThroughForm> binder = new BeanValidationBinder<>(FollowThroughForm.class);
    private final UnorderedList otherErrors = new UnorderedList();
    private final FieldErrors fieldErrors = new FieldErrors();

    FollowThroughFormView(TaskItem task, Optional<BoardDecision> decision, List<String> reasonCodes, CaseTasks tasks,
                          Runnable onCompleted) {
        setPadding(false);
        add(new H3(getTranslation("followThrough.title")));
        add(new Paragraph(decision.map(d -> getTranslation("followThrough.decided",
                        getTranslation("decision." + d.decisionCode().name()), getTranslation("intent." + d.intent().name())))
                .orElse(getTranslation("case.noDecision"))));

        treatmentStarted.setId("treatmentStarted");
        treatmentStarted.setLabel(getTranslation("followThrough.treatmentStarted"));
        treatmentStarted.setItems(Boolean.TRUE, Boolean.FALSE);
        treatmentStarted.setItemLabelGenerator(value -> getTranslation(value ? "followThrough.yes" : "followThrough.no"));
        startDate.setId("startDate");
        startDate.setLabel(getTranslation("followThrough.startDate"));
        treatmentType.setId("treatmentType");
        treatmentType.setLabel(getTranslation("followThrough.treatmentType"));
        treatmentType.setItems(DecisionCode.values());
        treatmentType.setItemLabelGenerator(code -> getTranslation("decision." + code.name()));
        treatmentType.setWidth("24rem");
        reasonCode.setId("reasonCode");
        reasonCode.setLabel(getTranslation("followThrough.reasonCode"));
        reasonCode.setHelperText(getTranslation("followThrough.reasonCode.help"));
        reasonCode.setItems(reasonCodes);
        reasonCode.setItemLabelGenerator(FollowThroughFormView::reasonLabel);
        reasonCode.setEmptySelectionAllowed(true);
        note.setId("note");
        note.setLabel(getTranslation("followThrough.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        otherErrors.addClassName("form-errors");

        binder.forField(treatmentStarted).bind("treatmentStarted");
        binder.forField(startDate).bind("startDate");
        binder.forField(treatmentType).bind("treatmentType");
        binder.forField(reasonCode).bind("reasonCode");
        binder.forField(note).bind("note");
        fieldErrors.bind("treatmentStarted", treatmentStarted).bind("startDate", startDate)
                .bind("treatmentType", treatmentType).bind("reasonCode", reasonCode).bind("note", note);
        FollowThroughForm form = new FollowThroughForm();
        decision.ifPresent(d -> form.setTreatmentType(d.decisionCode()));
        binder.readBean(form);
        treatmentStarted.addValueChangeListener(e -> {
            // a treatment that did not start has no start date
            boolean notStarted = Boolean.FALSE.equals(e.getValue());
            startDate.setEnabled(!notStarted);
            if (notStarted) {
                startDate.clear();
            }
        });

        submit.setText(getTranslation("followThrough.submit"));
        submit.setId("submit-follow-through");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(task, tasks, onCompleted));
        add(treatmentStarted, startDate, treatmentType, reasonCode, note, otherErrors, submit);
    }

    /** The translated label of a configured reason code; codes added locally without a translation show as they are. */
    static String reasonLabel(String code) {
        if (code == null) {
            return "";
        }
        String key = REASON_KEY_PREFIX + code;
        String label = UI.getCurrent() == null ? key : UI.getCurrent().getTranslation(key);
        return label == null || label.startsWith("!") ? code : label;
    }

    private void submit(TaskItem task, CaseTasks tasks, Runnable onCompleted) {
        TaskFormSubmission.complete(task, tasks, binder, FollowThroughForm::new, fieldErrors, otherErrors, onCompleted);
    }
}
