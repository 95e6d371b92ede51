package org.ablationpath.safety.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.platform.workflow.CaseSection;
import org.ablationpath.safety.AdverseEventClosure;
import org.ablationpath.safety.AdverseEventClosures;

/**
 * The 30-day adverse-event closures (TMR-10) on the case page and as {@code adverseEventClosures} in
 * {@code GET /api/cases/{id}} once there is one: per session, the window, the number of events in it, who closed it.
 */
@org.springframework.stereotype.Component
class AdverseEventClosuresSection implements CaseSection {

    private final AdverseEventClosures closures;

    AdverseEventClosuresSection(AdverseEventClosures closures) {
        this.closures = closures;
    }

    @Override
    public String key() {
        return "adverseEventClosures";
    }

    @Override
    public int order() {
        return 32;
    }

    @Override
    public Optional<Object> data(UUID caseId) {
        List<AdverseEventClosure> found = closures.ofCase(caseId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    @Override
    public Component render(UUID caseId) {
        Div section = new Div();
        section.setId("adverse-event-closures");
        List<AdverseEventClosure> found = closures.ofCase(caseId);
        if (found.isEmpty()) {
            return section;
        }
        section.add(new H3(section.getTranslation("adverseEvents.closures.title")));
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale());
        Grid<AdverseEventClosure> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> day.format(c.sessionDate()) + " – " + day.format(c.windowEnd()))
                .setHeader(section.getTranslation("adverseEvents.closures.window")).setAutoWidth(true);
        grid.addColumn(AdverseEventClosure::adverseEventCount).setHeader(section.getTranslation("adverseEvents.closures.count"));
        grid.addColumn(c -> c.closedBy() + ", " + day.format(c.closedAt().atZone(ZoneId.systemDefault()))
                        + (c.note() == null ? "" : ": " + c.note()))
                .setHeader(section.getTranslation("adverseEvents.closures.closed")).setFlexGrow(1);
        grid.setItems(found);
        section.add(grid);
        return section;
    }
}
