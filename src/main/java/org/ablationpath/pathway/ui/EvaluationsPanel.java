package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.eligibility.OverrideReasons;
import org.ablationpath.eligibility.RecommendationPanel;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.pathway.CaseEvaluations;

/**
 * The recommendation part of the case page: the shown evaluation (the latest, or the one picked in the history),
 * "Re-evaluate", the physicians' accept/override of the latest evaluation, and the history newest first.
 */
class EvaluationsPanel extends VerticalLayout {

    final Button reevaluate = new Button();
    final Grid<CaseEvaluations.Entry> history = new Grid<>();
    final Div shown = new Div();
    final Div reviewArea = new Div();
    /** Opens the accept/override form: a case is read far more often than its recommendation is reviewed. */
    Button reviewOpen;
    ReviewForm reviewForm;

    private final UUID caseId;
    private final CaseEvaluations evaluations;
    private final OverrideReasons reasons;
    private final boolean physician;
    private List<CaseEvaluations.Entry> entries = List.of();

    EvaluationsPanel(UUID caseId, CaseEvaluations evaluations, CurrentUser currentUser, OverrideReasons reasons) {
        this.caseId = caseId;
        this.evaluations = evaluations;
        this.reasons = reasons;
        this.physician = currentUser.hasRole(Role.REFERRING_PHYSICIAN) || currentUser.hasRole(Role.INTERVENTIONAL_RADIOLOGIST);
        setPadding(false);
        setId("evaluations");
        shown.setWidthFull();

        reevaluate.setText(getTranslation("evaluations.reevaluate"));
        reevaluate.setId("reevaluate");
        reevaluate.addClickListener(click -> {
            evaluations.reevaluate(caseId);
            Notification.show(getTranslation("evaluations.reevaluated"));
            refresh();
        });
        HorizontalLayout actions = new HorizontalLayout(reevaluate);
        if (physician) {
            Anchor whatIf = new Anchor("cases/" + caseId + "/what-if", getTranslation("evaluations.whatIf"));
            whatIf.setId("what-if-link");
            actions.add(whatIf);
        }
        actions.setAlignItems(Alignment.BASELINE);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        history.setId("evaluation-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);
        history.addColumn(e -> when.format(e.evaluation().evaluatedAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("evaluations.col.date")).setAutoWidth(true);
        history.addColumn(e -> getTranslation("status." + e.evaluation().finalStatus()))
                .setHeader(getTranslation("evaluations.col.status")).setAutoWidth(true);
        history.addColumn(e -> RecommendationPanel.shortVersion(e.evaluation().rulesVersion()))
                .setHeader(getTranslation("evaluations.col.rulesVersion")).setAutoWidth(true);
        history.addColumn(e -> triggerLabel(e.evaluation().trigger()))
                .setHeader(getTranslation("evaluations.col.trigger")).setAutoWidth(true);
        history.addColumn(e -> e.reviews().isEmpty() ? "" : getTranslation("review.decision." + e.reviews().get(0).decision()))
                .setHeader(getTranslation("evaluations.col.review")).setAutoWidth(true);
        history.asSingleSelect().addValueChangeListener(change ->
                show(change.getValue() == null ? latest() : Optional.of(change.getValue())));

        add(shown, reviewArea, actions, new H3(getTranslation("evaluations.history")), history);
        refresh();
    }

    /** Reloads the history and shows the latest evaluation. */
    final void refresh() {
        entries = evaluations.history(caseId).orElse(List.of());
        history.setItems(entries);
        show(latest());
    }

    /** Shows one evaluation in the recommendation panel; the review control only for the latest. */
    void show(Optional<CaseEvaluations.Entry> entry) {
        shown.removeAll();
        shown.add(new RecommendationPanel(entry.map(CaseEvaluations.Entry::evaluation)));
        reviewArea.removeAll();
        reviewForm = null;
        reviewOpen = null;
        boolean isLatest = entry.isPresent() && latest().map(l -> l.evaluation().id().equals(entry.get().evaluation().id())).orElse(false);
        if (entry.isPresent() && !isLatest) {
            Paragraph older = new Paragraph(getTranslation("evaluations.showingOlder"));
            older.setId("showing-older");
            reviewArea.add(older);
            Button backToLatest = new Button(getTranslation("evaluations.showLatest"), click -> history.asSingleSelect().clear());
            backToLatest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reviewArea.add(backToLatest);
        }
        entry.ifPresent(e -> e.reviews().stream().findFirst().ifPresent(r -> reviewArea.add(ReviewForm.summary(r, this))));
        if (physician && isLatest) {
            StoredEvaluation latest = entry.get().evaluation();
            Button open = new Button(getTranslation("review.open"), click -> {
                reviewForm = new ReviewForm(reasons, (decision, reason, comment) -> {
                    evaluations.review(caseId, latest.id(), decision, reason, comment);
                    Notification.show(getTranslation("review.saved"));
                    refresh();
                });
                reviewArea.remove(click.getSource());
                reviewArea.add(reviewForm);
            });
            open.setId("review-open");
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reviewOpen = open;
            reviewArea.add(open);
        }
    }

    private Optional<CaseEvaluations.Entry> latest() {
        return entries.stream().findFirst();
    }

    private String triggerLabel(String trigger) {
        String label = getTranslation("evaluations.trigger." + trigger);
        return label.startsWith("!") ? trigger : label;
    }
}
