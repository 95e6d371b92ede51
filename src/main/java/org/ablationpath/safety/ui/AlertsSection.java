package org.ablationpath.safety.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.platform.workflow.CaseSection;
import org.ablationpath.safety.Alerts;

/**
 * The case's alerts (LOG and QI_LOG included) with their escalations and acknowledgements, on the case page and as
 * {@code alerts} in {@code GET /api/cases/{id}}. Reading them is logged.
 */
@org.springframework.stereotype.Component
class AlertsSection implements CaseSection {

    private final Alerts alerts;

    AlertsSection(Alerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public String key() {
        return "alerts";
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public Optional<Object> data(UUID caseId) {
        return Optional.of(alerts.ofCase(caseId));
    }

    @Override
    public Component render(UUID caseId) {
        return new CaseAlertsPanel(alerts.ofCase(caseId));
    }
}
