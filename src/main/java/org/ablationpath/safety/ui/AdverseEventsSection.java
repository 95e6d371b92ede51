package org.ablationpath.safety.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.platform.workflow.CaseSection;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.safety.AdverseEvents;
import org.ablationpath.safety.CtcaeTerms;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The case's adverse events with their review state, on the case page (with "Report adverse event" for the roles
 * that may report) and as {@code adverseEvents} in {@code GET /api/cases/{id}}. Reading them is logged.
 */
@org.springframework.stereotype.Component
class AdverseEventsSection implements CaseSection {

    /** pathway.md: "adverse events can be reported at any stage" — by these roles (REST and screen alike). */
    static final List<Role> REPORTERS = List.of(Role.NURSE, Role.INTERVENTIONAL_RADIOLOGIST, Role.REFERRING_PHYSICIAN);

    private final AdverseEvents events;
    private final CtcaeTerms terms;
    private final CurrentUser currentUser;
    private final ObjectProvider<ProcedureSessions> sessions;
    private final Clock clock;

    AdverseEventsSection(AdverseEvents events, CtcaeTerms terms, CurrentUser currentUser,
                         ObjectProvider<ProcedureSessions> sessions, Clock clock) {
        this.events = events;
        this.terms = terms;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "adverseEvents";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Object> data(UUID caseId) {
        return Optional.of(events.ofCase(caseId));
    }

    @Override
    public Component render(UUID caseId) {
        boolean mayReport = REPORTERS.stream().anyMatch(currentUser::hasRole);
        ProcedureSessions known = sessions.getIfAvailable();
        List<ProcedureSession> caseSessions = known == null ? List.of() : known.sessions(caseId);
        return new AdverseEventsPanel(caseId, events, terms, caseSessions, mayReport, clock);
    }
}
