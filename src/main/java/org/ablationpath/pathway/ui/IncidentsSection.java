package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.pathway.CaseIncident;
import org.ablationpath.pathway.CaseIncidents;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.workflow.CaseSection;

/**
 * Steps of the case's processes that failed and wait (incidents) on the case page, and in {@code GET /api/cases/{id}}
 * ({@code incidents}, open ones only): which step, the error, since when, and a retry for administrators and nurses.
 */
@org.springframework.stereotype.Component
class IncidentsSection implements CaseSection {

    private final CaseIncidents incidents;

    IncidentsSection(CaseIncidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public String key() {
        return "incidents";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Optional<Object> data(UUID caseId) {
        List<CaseIncident> open = incidents.of(caseId).stream().filter(CaseIncident::open).toList();
        return open.isEmpty() ? Optional.empty() : Optional.of(open);
    }

    @Override
    public Component render(UUID caseId) {
        Div section = new Div();
        section.setId("incidents");
        List<CaseIncident> found = incidents.of(caseId);
        if (found.isEmpty()) {
            return section;
        }
        section.add(new H3(section.getTranslation("incident.title")));
        section.add(new Paragraph(section.getTranslation("incident.explain")));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(UI.getCurrent().getLocale());
        Paragraph outcome = new Paragraph();
        outcome.setId("incident-outcome");
        Grid<CaseIncident> grid = new Grid<>();
        grid.setId("incident-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> i.activity() + " (" + i.process() + ")").setHeader(section.getTranslation("incident.activity")).setAutoWidth(true);
        grid.addColumn(CaseIncident::message).setHeader(section.getTranslation("incident.message")).setFlexGrow(1);
        grid.addColumn(i -> when.format(i.occurredAt().atZone(ZoneId.systemDefault()))).setHeader(section.getTranslation("incident.when"));
        grid.addColumn(i -> section.getTranslation("incident.state." + i.state().name())).setHeader(section.getTranslation("incident.state"));
        if (incidents.mayRetry()) {
            grid.addComponentColumn(i -> i.open() ? retryButton(caseId, i, section, outcome, grid) : new Div())
                    .setKey("retry").setAutoWidth(true);
        }
        grid.setItems(found);
        section.add(grid, outcome);
        return section;
    }

    private Button retryButton(UUID caseId, CaseIncident incident, Div section, Paragraph outcome, Grid<CaseIncident> grid) {
        Button retry = new Button(section.getTranslation("incident.retry"));
        retry.setId("retry-incident-" + incident.id());
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.addClickListener(click -> {
            try {
                incidents.retry(caseId, incident.id());
                outcome.setText(section.getTranslation("incident.retried"));
            } catch (ConflictException resolved) {
                outcome.setText(section.getTranslation("incident.alreadyResolved"));
            }
            grid.setItems(incidents.of(caseId));
        });
        return retry;
    }
}
