package org.ablationpath.safety.ui;

import java.util.List;
import java.util.Optional;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.safety.AdverseEvent;
import org.ablationpath.safety.AdverseEventClosureWindow;
import org.ablationpath.safety.AdverseEvents;
import org.springframework.beans.factory.annotation.Value;

/** Registers the form for the "Close the 30-day adverse-event record" task (TMR-10); the task's subject is the session. */
@org.springframework.stereotype.Component
class AdverseEventClosureEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final AdverseEvents events;
    private final ProcedureSessions sessions;
    private final int closureDay;

    AdverseEventClosureEditor(CaseTasks tasks, AdverseEvents events, ProcedureSessions sessions,
                              @Value("${ablationpath.pathway.ae-closure-day}") int closureDay) {
        this.tasks = tasks;
        this.events = events;
        this.sessions = sessions;
        this.closureDay = closureDay;
    }

    @Override
    public String formKey() {
        return "adverse-event-closure";
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task, Runnable onCompleted) {
        Optional<ProcedureSession> session = sessions.sessions(task.caseId()).stream()
                .filter(s -> s.id().toString().equals(task.subjectId())).findFirst();
        // reading the events through the service logs the access
        Optional<AdverseEventClosureWindow> window = session.map(s -> AdverseEventClosureWindow.after(s.date(), closureDay));
        List<AdverseEvent> inWindow = window.map(w -> events.ofCase(task.caseId()).stream().filter(w::contains).toList())
                .orElse(List.of());
        return new AdverseEventClosureFormView(task, session, window, inWindow, tasks, onCompleted);
    }
}
