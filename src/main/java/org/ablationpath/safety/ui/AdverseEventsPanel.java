package org.ablationpath.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.safety.AdverseEvent;
import org.ablationpath.safety.AdverseEvents;
import org.ablationpath.safety.CtcaeTerms;

/** The adverse events of a case, newest onset first, each with its review state; reporters may add one. */
class AdverseEventsPanel extends Div {

    final Button report = new Button();
    private final Div list = new Div();
    private final UUID caseId;
    private final AdverseEvents events;
    private final CtcaeTerms terms;
    private final List<ProcedureSession> sessions;
    private final Clock clock;

    AdverseEventsPanel(UUID caseId, AdverseEvents events, CtcaeTerms terms, List<ProcedureSession> sessions,
                       boolean mayReport, Clock clock) {
        this.caseId = caseId;
        this.events = events;
        this.terms = terms;
        this.sessions = sessions;
        this.clock = clock;
        setId("adverse-events");
        add(new H3(getTranslation("adverseEvents.title")));
        list.setId("adverse-event-list");
        add(list);
        if (mayReport) {
            report.setText(getTranslation("adverseEvents.report"));
            report.setId("report-adverse-event");
            report.addClickListener(e -> openReportDialog());
            add(report);
        }
        show(events.ofCase(caseId));
    }

    ReportAdverseEventDialog openReportDialog() {
        ReportAdverseEventDialog dialog = new ReportAdverseEventDialog(caseId, events, terms, sessions, clock,
                () -> show(events.ofCase(caseId)));
        dialog.open();
        return dialog;
    }

    private void show(List<AdverseEvent> found) {
        list.removeAll();
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation("adverseEvents.none")));
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        found.forEach(event -> list.add(card(event, day, when)));
    }

    /** What the reporter knew: attribution, interventions, hospital stay, outcome (the review may change two of them). */
    private java.util.Optional<Paragraph> details(AdverseEvent event, DateTimeFormatter day) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!event.reviewed() && event.attribution() != null) {
            parts.add(getTranslation("adverseEvents.attribution") + ": "
                    + getTranslation("adverseEvents.attribution." + event.attribution().name()));
        }
        if (event.interventions() != null && !event.interventions().isEmpty()) {
            parts.add(getTranslation("ae.interventions") + ": " + event.interventions().stream()
                    .map(i -> getTranslation("ae.intervention." + i.name())).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (Boolean.TRUE.equals(event.hospitalized())) {
            parts.add(event.admissionDate() == null ? getTranslation("ae.hospitalized")
                    : getTranslation("ae.details.stay", day.format(event.admissionDate()),
                    event.dischargeDate() == null ? "…" : day.format(event.dischargeDate())));
        }
        if (!event.reviewed() && event.outcome() != null) {
            parts.add(getTranslation("adverseEvents.outcome") + ": "
                    + getTranslation("adverseEvents.outcome." + event.outcome().name()));
        }
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        Paragraph details = new Paragraph(String.join(" · ", parts));
        details.addClassName("ae-details");
        return java.util.Optional.of(details);
    }

    private Div card(AdverseEvent event, DateTimeFormatter day, DateTimeFormatter when) {
        Div card = new Div();
        card.addClassName("rule-card");
        card.addClassName("adverse-event");
        Span title = new Span(event.ctcaeTerm() + " · " + getTranslation("adverseEvents.grade." + event.gradeAtOnset()));
        title.getStyle().set("font-weight", "600");
        card.add(title, new Paragraph(getTranslation("adverseEvents.onset", day.format(event.onsetDate()))));
        if (event.description() != null) {
            card.add(new Paragraph(event.description()));
        }
        details(event, day).ifPresent(card::add);
        Span state = new Span(event.reviewed() ? getTranslation("adverseEvents.state.reviewed")
                : getTranslation("adverseEvents.state.awaitingReview"));
        state.getElement().getThemeList().add(event.reviewed() ? "badge success" : "badge contrast");
        state.addClassName("review-state");
        card.add(state);
        if (event.reviewed()) {
            card.add(new Paragraph(getTranslation("adverseEvents.reviewSummary",
                    getTranslation("adverseEvents.grade." + event.worstGrade()),
                    event.attribution() == null ? "—" : getTranslation("adverseEvents.attribution." + event.attribution().name()),
                    getTranslation("adverseEvents.outcome." + event.outcome().name()))));
            if (Boolean.TRUE.equals(event.expectedSideEffect())) {
                card.add(new Paragraph(getTranslation("adverseEvents.expectedSideEffect")));
            }
            if (event.reviewNote() != null) {
                card.add(new Paragraph(getTranslation("adverseEvents.note") + ": " + event.reviewNote()));
            }
        }
        Paragraph meta = new Paragraph(getTranslation("adverseEvents.reportedBy", event.reportedBy(),
                when.format(event.reportedAt().atZone(ZoneId.systemDefault())))
                + (event.reviewed() ? " · " + getTranslation("adverseEvents.reviewedBy", event.reviewedBy(),
                when.format(event.reviewedAt().atZone(ZoneId.systemDefault()))) : ""));
        meta.addClassName("rule-meta");
        card.add(meta);
        return card;
    }
}
