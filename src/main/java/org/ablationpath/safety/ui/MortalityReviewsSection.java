package org.ablationpath.safety.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.platform.workflow.CaseSection;
import org.ablationpath.safety.MortalityReview;
import org.ablationpath.safety.MortalityReviews;

/**
 * The case's morbidity and mortality reviews (TMR-11) on the case page, below its alerts, and as
 * {@code mortalityReviews} in {@code GET /api/cases/{id}}; nothing is shown for a case without one.
 */
@org.springframework.stereotype.Component
class MortalityReviewsSection implements CaseSection {

    private final MortalityReviews reviews;

    MortalityReviewsSection(MortalityReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public String key() {
        return "mortalityReviews";
    }

    @Override
    public int order() {
        return 32;
    }

    @Override
    public Optional<Object> data(UUID caseId) {
        return Optional.of(reviews.ofCase(caseId));
    }

    @Override
    public Component render(UUID caseId) {
        List<MortalityReview> all = reviews.ofCase(caseId);
        Div panel = new Div();
        panel.setId("case-mortality-reviews");
        panel.setVisible(!all.isEmpty());
        panel.add(new H3(panel.getTranslation("mortalityReview.case.title")));
        for (MortalityReview review : all) {
            Div card = new Div();
            card.addClassName("rule-card");
            card.getElement().setAttribute("data-review-id", review.id().toString());
            Span finding = new Span(panel.getTranslation(review.procedureRelated()
                    ? "mortalityReview.case.related" : "mortalityReview.case.notRelated"));
            finding.getStyle().set("font-weight", "600");
            card.add(finding);
            Paragraph held = new Paragraph(panel.getTranslation("mortalityReview.case.held", review.reviewDate(),
                    review.recordedBy()));
            held.addClassName("rule-meta");
            card.add(held, new Paragraph(review.summary()));
            if (review.actions() != null) {
                card.add(new Paragraph(panel.getTranslation("mortalityReview.actions") + ": " + review.actions()));
            }
            panel.add(card);
        }
        return panel;
    }
}
