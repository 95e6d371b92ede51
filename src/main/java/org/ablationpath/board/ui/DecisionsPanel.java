package org.ablationpath.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.SubsequentTreatment;

/**
 * The board decisions of a case, newest first, with their concordance, any override reason or re-ablation
 * pre-authorisation, and whether the decided treatment started.
 */
class DecisionsPanel extends Div {

    DecisionsPanel(List<DecisionSection.DecisionEntry> decisions) {
        setId("decisions");
        add(new H3(getTranslation("case.decision")));
        if (decisions.isEmpty()) {
            add(new Paragraph(getTranslation("case.noDecision")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        decisions.forEach(entry -> {
            Div card = card(entry.decision(), when);
            if (entry.followThrough() != null) {
                card.add(followThrough(entry.followThrough(), day, when));
            }
            add(card);
        });
    }

    private Div followThrough(SubsequentTreatment t, DateTimeFormatter day, DateTimeFormatter when) {
        Div shown = new Div();
        shown.addClassName("follow-through");
        String treatment = getTranslation("decision." + t.treatmentType().name());
        shown.add(new Paragraph(t.treatmentStarted()
                ? getTranslation("followThrough.shown.started", treatment, day.format(t.startDate()))
                : getTranslation("followThrough.shown.notStarted", treatment)));
        if (t.reasonCode() != null) {
            shown.add(new Paragraph(getTranslation("followThrough.reasonCode") + ": " + FollowThroughFormView.reasonLabel(t.reasonCode())));
        }
        if (t.note() != null) {
            shown.add(new Paragraph(getTranslation("followThrough.note") + ": " + t.note()));
        }
        Paragraph meta = new Paragraph(getTranslation("followThrough.recordedBy", t.recordedBy(),
                when.format(t.recordedAt().atZone(ZoneId.systemDefault()))));
        meta.addClassName("rule-meta");
        shown.add(meta);
        return shown;
    }

    private Div card(BoardDecision d, DateTimeFormatter when) {
        Div card = new Div();
        card.addClassName("rule-card");
        Span code = new Span(getTranslation("decision." + d.decisionCode().name()) + " · " + getTranslation("intent." + d.intent().name()));
        code.getStyle().set("font-weight", "600");
        code.addClassName("decision-code");
        card.add(code, new Paragraph(d.rationale()));
        card.add(new Paragraph(d.concordant() ? getTranslation("board.concordance.yes")
                : getTranslation("board.concordance.no",
                d.recommendedStatus() == null ? "—" : getTranslation("status." + d.recommendedStatus()))));
        if (d.overrideReason() != null) {
            card.add(new Paragraph(getTranslation("board.overrideReason") + ": " + d.overrideReason()));
        }
        if (Boolean.TRUE.equals(d.trialArmAblation())) {
            Paragraph trialArm = new Paragraph(getTranslation("board.trialArmAblation.shown"));
            trialArm.addClassName("trial-arm-ablation");
            card.add(trialArm);
        }
        if (d.preAuthorisesReAblation()) {
            Paragraph preAuthorised = new Paragraph(getTranslation("board.reAblationPreAuthorised.shown"));
            preAuthorised.addClassName("re-ablation-pre-authorised");
            card.add(preAuthorised);
        }
        Paragraph meta = new Paragraph(getTranslation("board.decidedBy", d.decidedBy(), when.format(d.decidedAt().atZone(ZoneId.systemDefault()))));
        meta.addClassName("rule-meta");
        card.add(meta);
        return card;
    }
}
