package org.ablationpath.safety.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.ablationpath.safety.Alert;

/** The alerts of a case, newest first: rule, priority, trigger, count, escalation and acknowledgement. */
class CaseAlertsPanel extends Div {

    CaseAlertsPanel(List<Alert> alerts) {
        AlertTexts texts = new AlertTexts(this);
        setId("case-alerts");
        add(new H3(getTranslation("alerts.case.title")));
        if (alerts.isEmpty()) {
            add(new Paragraph(getTranslation("alerts.case.none")));
        }
        for (Alert alert : alerts) {
            Div card = new Div();
            card.addClassName("rule-card");
            card.addClassName("alert-card");
            card.getElement().setAttribute("data-alert-id", alert.id().toString());
            card.getElement().setAttribute("data-rule", alert.ruleId());
            Span title = new Span(alert.ruleId() + " · " + (alert.message() != null ? alert.message() : ""));
            title.getStyle().set("font-weight", "600");
            card.add(texts.priorityBadge(alert), new Span(" "), texts.stateBadge(alert), new Span(" "), title);
            if (alert.trigger() != null) {
                card.add(new Paragraph(getTranslation("alerts.trigger") + ": " + alert.trigger()));
            }
            Paragraph raised = new Paragraph(getTranslation("alerts.case.raised", texts.time(alert.raisedAt()),
                    texts.roles(alert.recipientRoles()), alert.occurrenceCount()));
            raised.addClassName("rule-meta");
            card.add(raised);
            if (alert.pushed() && !alert.acknowledged()) {
                card.add(new Paragraph(getTranslation("alerts.case.due", texts.time(alert.dueAt()))));
            }
            if (alert.escalationLevel() > 0) {
                Paragraph escalated = new Paragraph(getTranslation("alerts.case.escalated", alert.escalationLevel(),
                        texts.time(alert.escalatedAt()), texts.roles(alert.currentRecipientRoles())));
                escalated.addClassName("alert-escalation");
                card.add(escalated);
            }
            if (alert.acknowledged()) {
                Paragraph acknowledged = new Paragraph(getTranslation("alerts.case.acknowledged", alert.acknowledgedBy(),
                        texts.time(alert.acknowledgedAt()), alert.acknowledgementNote()));
                acknowledged.addClassName("alert-acknowledgement");
                card.add(acknowledged);
            } else if (!alert.pushed()) {
                card.add(new Paragraph(getTranslation("alerts.case.storedOnly")));
            }
            add(card);
        }
    }
}
