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

/** The board decisions of a case, newest first, with their concordance and any override reason. */
class DecisionsPanel extends Div {

    DecisionsPanel(List<BoardDecision> decisions) {
        setId("decisions");
        add(new H3(getTranslation("case.decision")));
        if (decisions.isEmpty()) {
            add(new Paragraph(getTranslation("case.noDecision")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        decisions.forEach(d -> add(card(d, when)));
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
        Paragraph meta = new Paragraph(getTranslation("board.decidedBy", d.decidedBy(), when.format(d.decidedAt().atZone(ZoneId.systemDefault()))));
        meta.addClassName("rule-meta");
        card.add(meta);
        return card;
    }
}
