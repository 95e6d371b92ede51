package org.ablationpath.eligibility;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The recommendation as the board and the case page show it: status badge, every fired rule with its rationale
 * and published source, required actions, and the rules version that produced it.
 */
public class RecommendationPanel extends Composite<VerticalLayout> {

    public RecommendationPanel(Optional<StoredEvaluation> evaluation) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.setId("recommendation");
        layout.add(new H3(getTranslation("recommendation.title")));
        if (evaluation.isEmpty()) {
            layout.add(new Paragraph(getTranslation("recommendation.none")));
            return;
        }
        StoredEvaluation e = evaluation.get();
        Span status = new Span(getTranslation("status." + e.finalStatus()));
        status.getElement().getThemeList().add("badge " + badgeTheme(e.finalStatus()));
        status.addClassName("status-badge");
        status.setId("recommendation-status");
        layout.add(status);
        if (e.correctable()) {
            layout.add(new Paragraph(getTranslation("recommendation.correctable")));
        }
        List<FiredRule> rules = e.rulesFired();
        if (rules.isEmpty()) {
            layout.add(new Paragraph(getTranslation("recommendation.noRules")));
        }
        rules.forEach(rule -> layout.add(ruleCard(rule)));
        if (!e.requiredActions().isEmpty()) {
            layout.add(new H4(getTranslation("recommendation.requiredActions")));
            UnorderedList actions = new UnorderedList();
            e.requiredActions().forEach(a -> actions.add(new ListItem(a)));
            layout.add(actions);
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(e.evaluatedAt().atZone(ZoneId.systemDefault()));
        Span version = new Span(getTranslation("recommendation.rulesVersion", shortVersion(e.rulesVersion()), e.ruleProfile(), when));
        version.addClassName("rule-meta");
        version.getElement().setAttribute("title", e.rulesVersion());
        layout.add(version);
    }

    private Div ruleCard(FiredRule rule) {
        Div card = new Div();
        card.addClassNames("rule-card", rule.outcome());
        Span heading = new Span(rule.id() + " · " + getTranslation("status." + rule.outcome())
                + (rule.tumorId() == null ? "" : " · " + getTranslation("recommendation.rule.tumor", rule.tumorId())));
        heading.getStyle().set("font-weight", "600");
        card.add(heading, new Paragraph(rule.message()));
        if (rule.rationale() != null) {
            Paragraph rationale = new Paragraph(getTranslation("recommendation.rule.rationale") + ": " + rule.rationale());
            rationale.addClassName("rule-meta");
            card.add(rationale);
        }
        if (rule.source() != null) {
            Paragraph source = new Paragraph(getTranslation("recommendation.rule.source") + ": " + rule.source());
            source.addClassName("rule-meta");
            card.add(source);
        }
        return card;
    }

    private static String badgeTheme(String status) {
        return switch (status) {
            case "ELIGIBLE" -> "success";
            case "NOT_ELIGIBLE", "INVALID" -> "error";
            case "DISCUSS" -> "contrast";
            default -> "";
        };
    }

    private static String shortVersion(String version) {
        return version == null ? "" : version.substring(0, Math.min(version.length(), 19));
    }
}
