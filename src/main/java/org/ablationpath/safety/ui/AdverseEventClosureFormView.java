package org.ablationpath.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.safety.AdverseEvent;
import org.ablationpath.safety.AdverseEventClosureWindow;
import org.ablationpath.safety.AdverseEventClosureForm;

/**
 * TMR-10: the session's window (session date to day 30) with its adverse events and whether each is graded, and the
 * nurse's confirmation. The handler refuses while an event of the window is not graded, naming it beside the box.
 */
class AdverseEventClosureFormView extends VerticalLayout {

    final Checkbox confirmed = new Checkbox();
    final TextArea note = new TextArea();
    final Button submit = new Button();
    final UnorderedList otherErrors = new UnorderedList();
    private final BeanValidationBinder<AdverseEventClosureForm> binder = new BeanValidationBinder<>(AdverseEventClosureForm.class);
    private final FieldErrors fieldErrors = new FieldErrors();

    AdverseEventClosureFormView(TaskItem task, Optional<ProcedureSession> session, Optional<AdverseEventClosureWindow> window,
                                List<AdverseEvent> inWindow, CaseTasks tasks, Runnable onCompleted) {
        setPadding(false);
        add(new H3(getTranslation("adverseEvents.closure.title")));
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        session.ifPresent(s -> window.ifPresent(w -> {
            Paragraph shown = new Paragraph(getTranslation("adverseEvents.closure.window", s.number(),
                    day.format(w.first()), day.format(w.last())));
            shown.setId("closure-window");
            add(shown);
        }));
        if (inWindow.isEmpty()) {
            add(new Paragraph(getTranslation("adverseEvents.closure.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("closure-events");
            inWindow.forEach(e -> list.add(new ListItem(e.ctcaeTerm() + " · "
                    + getTranslation("adverseEvents.onset", day.format(e.onsetDate())) + " · "
                    + (e.worstGrade() == null ? getTranslation("adverseEvents.closure.ungraded")
                    : getTranslation("adverseEvents.grade." + e.worstGrade())))));
            add(list);
        }
        confirmed.setId("confirmed");
        confirmed.setLabel(getTranslation("adverseEvents.closure.confirmed"));
        note.setId("note");
        note.setLabel(getTranslation("adverseEvents.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        binder.forField(confirmed).bind("confirmed");
        binder.forField(note).bind("note");
        fieldErrors.bind("confirmed", confirmed).bind("note", note);
        otherErrors.addClassName("form-errors");
        submit.setText(getTranslation("adverseEvents.closure.submit"));
        submit.setId("submit-ae-closure");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> TaskFormSubmission.complete(task, tasks, binder, AdverseEventClosureForm::new,
                fieldErrors, otherErrors, onCompleted));
        add(confirmed, note, otherErrors, submit);
    }
}
