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
import org.ablationpath.platform.ui.ReadOnlyMarkup;

/**
 * The recommendation as the board and the case page show it: status badge, every fired rule with its rationale
 * and published source, required actions, and the rules version that produced it.
 */
public class RecommendationPanel extends Composite<VerticalLayout> {

    public RecommendationPanel(Optional<StoredEvaluation> evaluation) {
        VerticalLayout layout = start();
        if (evaluation.isEmpty()) {
            layout.add(new Paragraph(getTranslation("recommendation.none")));
            return;
        }
        StoredEvaluation e = evaluation.get();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(e.evaluatedAt().atZone(ZoneId.systemDefault()));
        render(layout, e.finalStatus(), e.correctable(), e.rulesFired(), e.requiredActions(), List.of(), e.rulesVersion(),
                e.ruleProfile(), when);
    }

    /** An evaluation that was not stored (the "what if" editor): dated by its evaluation date. */
    public RecommendationPanel(EligibilityEvaluation evaluation) {
        VerticalLayout layout = start();
        EligibilityResult result = evaluation.eligibility();
        String profile = evaluation.normalizedInputs() == null ? null
                : evaluation.normalizedInputs().path("ruleProfile").asText(null);
        String when = evaluation.evaluationDate() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()).format(evaluation.evaluationDate());
        List<ValidationError> errors = evaluation.validation() == null || evaluation.validation().errors() == null
                ? List.of() : evaluation.validation().errors();
        render(layout, result.finalStatus(), result.correctable(), result.rulesFired() == null ? List.of() : result.rulesFired(),
                result.requiredActions() == null ? List.of() : result.requiredActions(), errors, evaluation.rulesVersion(),
                profile == null || profile.isBlank() ? "INTL" : profile, when);
    }

    private VerticalLayout start() {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.setId("recommendation");
        layout.add(new H3(getTranslation("recommendation.title")));
        return layout;
    }

    private void render(VerticalLayout layout, String finalStatus, boolean correctable, List<FiredRule> rules,
                        List<String> requiredActions, List<ValidationError> errors, String rulesVersion, String ruleProfile,
                        String when) {
        Span status = new Span(getTranslation("status." + finalStatus));
        status.getElement().getThemeList().add("badge " + badgeTheme(finalStatus));
        status.addClassName("status-badge");
        status.setId("recommendation-status");
        layout.add(status);
        if (correctable) {
            layout.add(new Paragraph(getTranslation("recommendation.correctable")));
        }
        if (!errors.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("recommendation-errors");
            errors.forEach(err -> list.add(new ListItem(err.rule() + " · " + err.field() + ": " + err.message())));
            layout.add(list);
        }
        if (rules.isEmpty()) {
            layout.add(new Paragraph(getTranslation("recommendation.noRules")));
        } else {
            layout.add(ruleCards(rules));
        }
        if (!requiredActions.isEmpty()) {
            layout.add(new H4(getTranslation("recommendation.requiredActions")));
            UnorderedList actions = new UnorderedList();
            requiredActions.forEach(a -> actions.add(new ListItem(a)));
            layout.add(actions);
        }
        Span version = new Span(getTranslation("recommendation.rulesVersion", shortVersion(rulesVersion), ruleProfile, when));
        version.addClassName("rule-meta");
        version.getElement().setAttribute("title", rulesVersion == null ? "" : rulesVersion);
        layout.add(version);
    }

    /**
     * All fired rules' cards in one element: meeting mode and the case page show a dozen or more, and first five
     * components per card, then one parsed {@code Html} component per card, made them a large part of those screens'
     * server work. Every text is escaped.
     */
    private Div ruleCards(List<FiredRule> rules) {
        ReadOnlyMarkup cards = new ReadOnlyMarkup();
        for (FiredRule rule : rules) {
            String heading = rule.id() + " · " + getTranslation("status." + rule.outcome())
                    + (rule.tumorId() == null ? "" : " · " + getTranslation("recommendation.rule.tumor", rule.tumorId()));
            cards.open("div", null, "rule-card " + rule.outcome())
                    .element("span", null, "rule-heading", heading)
                    .element("p", null, null, rule.message());
            if (rule.rationale() != null) {
                cards.element("p", null, "rule-meta", getTranslation("recommendation.rule.rationale") + ": " + rule.rationale());
            }
            if (rule.source() != null) {
                cards.element("p", null, "rule-meta", getTranslation("recommendation.rule.source") + ": " + rule.source());
            }
            cards.close("div");
        }
        Div list = cards.into(new Div());
        list.addClassName("rule-cards");
        list.setWidthFull();
        return list;
    }

    private static String badgeTheme(String status) {
        return switch (status) {
            case "ELIGIBLE" -> "success";
            case "NOT_ELIGIBLE", "INVALID" -> "error";
            case "DISCUSS" -> "contrast";
            default -> "";
        };
    }

    /** The first characters of a rules version, as screens show it (the full hash in a tooltip). */
    public static String shortVersion(String version) {
        return version == null ? "" : version.substring(0, Math.min(version.length(), 19));
    }
}
