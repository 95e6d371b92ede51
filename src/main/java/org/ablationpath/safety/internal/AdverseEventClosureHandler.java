package org.ablationpath.safety.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.safety.AdverseEvent;
import org.ablationpath.safety.AdverseEventClosureForm;
import org.ablationpath.safety.AdverseEventClosureWindow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * "Close the 30-day adverse-event record" (TMR-10, STG-08): the task's subject is the session. The nurse's
 * confirmation is checked against the records: every adverse event of the case with onset from the session date to
 * day 30 must be graded (reviewed, with its worst CTCAE grade); otherwise nothing is stored and the ungraded events
 * are named. An event with a later onset belongs to no closure of this session.
 */
@Component
class AdverseEventClosureHandler implements TaskFormHandler<AdverseEventClosureForm> {

    static final String FORM_KEY = "adverse-event-closure";

    private final AdverseEventClosureRepository closures;
    private final AdverseEventRepository events;
    private final ProcedureSessions sessions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int closureDay;

    AdverseEventClosureHandler(AdverseEventClosureRepository closures, AdverseEventRepository events,
                               ProcedureSessions sessions, CurrentUser currentUser, Clock clock,
                               @Value("${ablationpath.pathway.ae-closure-day}") int closureDay) {
        this.closures = closures;
        this.events = events;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.closureDay = closureDay;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<AdverseEventClosureForm> formType() {
        return AdverseEventClosureForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, AdverseEventClosureForm form) {
        ProcedureSession session = session(task);
        if (closures.existsByProcedureSessionId(session.id())) {
            throw new ConflictException("The 30-day adverse-event record of this session was already closed.");
        }
        AdverseEventClosureWindow window = AdverseEventClosureWindow.after(session.date(), closureDay);
        List<AdverseEvent> inWindow = events.findByCaseIdOrderByOnsetDateDescReportedAtDesc(task.caseId()).stream()
                .map(AdverseEventEntity::toRecord)
                .filter(window::contains)
                .toList();
        List<AdverseEvent> ungraded = inWindow.stream().filter(e -> e.worstGrade() == null)
                .sorted(Comparator.comparing(AdverseEvent::onsetDate)).toList();
        if (!ungraded.isEmpty()) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("confirmed",
                    "Not yet graded (review the adverse event first): " + ungraded.stream()
                            .map(e -> e.ctcaeTerm() + " (onset " + e.onsetDate() + ")")
                            .collect(Collectors.joining(", ")) + ".")));
        }
        String note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip();
        try {
            closures.saveAndFlush(new AdverseEventClosureEntity(task.caseId(), task.centerId(), session.id(),
                    session.date(), window.last(), inWindow.size(), note, task.taskId(), currentUser.username(),
                    clock.instant()));
        } catch (DataIntegrityViolationException sameMoment) {
            throw new ConflictException("Someone else closed this record at the same moment. Your input was not saved.");
        }
        return Map.of();
    }

    private ProcedureSession session(TaskContext task) {
        UUID sessionId = UUID.fromString(task.subjectId());
        return sessions.sessions(task.caseId()).stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Session " + sessionId + " is not a session of case " + task.caseId()));
    }
}
