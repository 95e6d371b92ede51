package org.ablationpath.safety.ui;

import java.util.Optional;
import java.util.UUID;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.safety.AdverseEvent;
import org.ablationpath.safety.AdverseEvents;
import org.ablationpath.safety.CtcaeTerms;

/** Registers the review form for the "Review the adverse event" task; the task's subject is the adverse event. */
@org.springframework.stereotype.Component
class AdverseEventReviewEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final AdverseEvents events;
    private final CtcaeTerms terms;

    AdverseEventReviewEditor(CaseTasks tasks, AdverseEvents events, CtcaeTerms terms) {
        this.tasks = tasks;
        this.events = events;
        this.terms = terms;
    }

    @Override
    public String formKey() {
        return "adverse-event-review";
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task, Runnable onCompleted) {
        // reading the event through the service logs the access
        Optional<AdverseEvent> event = subject(task).flatMap(id -> events.find(task.caseId(), id));
        return new AdverseEventReviewFormView(task, event, terms, tasks, onCompleted);
    }

    private static Optional<UUID> subject(TaskItem task) {
        try {
            return task.subjectId() == null ? Optional.empty() : Optional.of(UUID.fromString(task.subjectId()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
