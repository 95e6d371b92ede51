package org.ablationpath.safety.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.safety.Alert;
import org.ablationpath.safety.AlertPriority;

/** How the alert screens word priorities, states, roles and times (one place for the inbox and the case section). */
final class AlertTexts {

    private final Component owner;

    AlertTexts(Component owner) {
        this.owner = owner;
    }

    /** A link to the case page (the safety module does not know the pathway's view class, so by path). */
    static Anchor caseLink(String text, UUID caseId) {
        Anchor link = new Anchor("cases/" + caseId, text);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("alert-case-link");
        return link;
    }

    String priority(AlertPriority priority) {
        return owner.getTranslation("alerts.priority." + priority.name());
    }

    Span priorityBadge(Alert alert) {
        Span badge = new Span(priority(alert.priority()));
        badge.getElement().getThemeList().add(priorityTheme(alert.priority()));
        badge.addClassName("alert-priority");
        return badge;
    }

    static String priorityTheme(AlertPriority priority) {
        return switch (priority) {
            case P1_IMMEDIATE -> "badge error primary";
            case P2_URGENT -> "badge error";
            case P3_ROUTINE -> "badge";
            default -> "badge contrast";
        };
    }

    Span stateBadge(Alert alert) {
        String state = state(alert);
        Span badge = new Span(stateText(alert));
        badge.getElement().getThemeList().add(stateTheme(alert));
        badge.addClassName("alert-state");
        badge.getElement().setAttribute("data-state", state);
        return badge;
    }

    /** acknowledged, stored (not pushed yet), escalated or open. */
    static String state(Alert alert) {
        return alert.acknowledged() ? "acknowledged" : !alert.pushed() ? "stored" : alert.escalationLevel() > 0 ? "escalated" : "open";
    }

    String stateText(Alert alert) {
        return owner.getTranslation("alerts.state." + state(alert));
    }

    static String stateTheme(Alert alert) {
        return alert.acknowledged() ? "badge success" : "escalated".equals(state(alert)) ? "badge error" : "badge contrast";
    }

    String roles(List<String> roles) {
        return roles.stream().map(r -> owner.getTranslation("role." + r)).collect(Collectors.joining(", "));
    }

    String time(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.ENGLISH
                        : com.vaadin.flow.component.UI.getCurrent().getLocale())
                .format(instant.atZone(ZoneId.systemDefault()));
    }
}
