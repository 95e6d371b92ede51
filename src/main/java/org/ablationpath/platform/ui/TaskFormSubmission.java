package org.ablationpath.platform.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.function.Supplier;
import org.ablationpath.platform.web.Conflicts;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;

/**
 * Completes a task with a bound form: the binder's own checks first, then the service's, whose problems show next to
 * their fields (the rest in a list); a conflict (already completed) is a notification, the input stays.
 */
public final class TaskFormSubmission {

    private TaskFormSubmission() {
    }

    public static <F> void complete(TaskItem task, CaseTasks tasks, Binder<F> binder, Supplier<F> newForm, FieldErrors fieldErrors,
                             UnorderedList otherErrors, Runnable onCompleted) {
        fieldErrors.clear();
        otherErrors.removeAll();
        F form = newForm.get();
        if (binder.writeBeanIfValid(form)) {
            send(task, tasks, form, fieldErrors, otherErrors, onCompleted);
        }
    }

    /** Completes the task with a form the screen has assembled and checked itself (e.g. with rows of sub-forms). */
    public static void send(TaskItem task, CaseTasks tasks, Object form, FieldErrors fieldErrors, UnorderedList otherErrors,
                            Runnable onCompleted) {
        try {
            tasks.complete(task.id(), form);
            onCompleted.run();
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unmatched = fieldErrors.show(invalid.problems());
            unmatched.forEach(p -> otherErrors.add(new ListItem(p.field() + ": " + p.message())));
        } catch (RuntimeException failure) {
            if (!Conflicts.isConflict(failure)) {
                throw failure;
            }
            // someone else completed the task or changed its record first: the form keeps what was typed
            Notification.show(otherErrors.getTranslation("error.conflict", Conflicts.message(failure)), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
