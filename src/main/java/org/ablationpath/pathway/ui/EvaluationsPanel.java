package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.ablationpath.eligibility.OverrideReasons;
import org.ablationpath.eligibility.RecommendationPanel;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.pathway.CaseEvaluations;
import org.ablationpath.platform.ui.ReadOnlyMarkup;

/**
 * The recommendation part of the case page: the shown evaluation (the latest, or the one picked in the history),
 * "Re-evaluate", the physicians' accept/override of the latest evaluation, and the history newest first.
 */
class EvaluationsPanel extends VerticalLayout {

    final Button reevaluate = new Button();
    /** The event data naming the evaluation whose history row was clicked (nothing for other clicks). */
    static final String PICKED = "event.target.closest('button[data-evaluation]')?.dataset.evaluation";
    /** Only clicks on a row's button go to the server (a filter must be an expression of its own, a boolean). */
    static final String ON_PICK = "event.target.closest('button[data-evaluation]') !== null";

    final Div history = new Div();
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

        history.setId("evaluation-history");
        history.addClassName("read-only-table");
        // one listener on the table: a row's button names its evaluation; other clicks never reach the server
        history.getElement().addEventListener("click", click -> {
            JsonObject data = click.getEventData();
            if (data.hasKey(PICKED) && data.get(PICKED).getType() == JsonType.STRING) {
                pick(data.getString(PICKED));
            }
        }).addEventData(PICKED).setFilter(ON_PICK);

        add(shown, reviewArea, actions, new H3(getTranslation("evaluations.history")), history);
        refresh();
    }

    /** Reloads the history and shows the latest evaluation. */
    final void refresh() {
        entries = evaluations.history(caseId).orElse(List.of());
        show(latest());
    }

    /** Shows the evaluation of a history row; an id no longer in the history (or malformed) changes nothing. */
    void pick(String evaluationId) {
        entries.stream().filter(e -> e.evaluation().id().toString().equals(evaluationId)).findFirst()
                .ifPresent(entry -> show(Optional.of(entry)));
    }

    /**
     * The history, newest first, as a read-only table in one element (issue 9: the grid's columns and row data were
     * state nodes rebuilt at every opening of the case page). Each row's date is a button that shows that evaluation.
     */
    private void renderHistory(UUID shownId) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        ReadOnlyMarkup table = new ReadOnlyMarkup().openTable(Stream.of("date", "status", "rulesVersion", "trigger", "review")
                .map(column -> getTranslation("evaluations.col." + column)).toList());
        for (CaseEvaluations.Entry e : entries) {
            StoredEvaluation evaluation = e.evaluation();
            boolean isShown = evaluation.id().equals(shownId);
            table.open("tr", null, isShown ? "selected" : null).open("td", null, null)
                    .open("button", null, "history-pick", "type", "button", "data-evaluation", evaluation.id().toString(),
                            "aria-pressed", String.valueOf(isShown))
                    .text(when.format(evaluation.evaluatedAt().atZone(ZoneId.systemDefault()))).close("button").close("td")
                    .element("td", null, null, getTranslation("status." + evaluation.finalStatus()))
                    .element("td", null, null, RecommendationPanel.shortVersion(evaluation.rulesVersion()))
                    .element("td", null, null, triggerLabel(evaluation.trigger()))
                    .element("td", null, null, e.reviews().isEmpty() ? "" : getTranslation("review.decision." + e.reviews().get(0).decision()))
                    .close("tr");
        }
        table.closeTable().into(history);
    }

    /** Shows one evaluation in the recommendation panel; the review control only for the latest. */
    void show(Optional<CaseEvaluations.Entry> entry) {
        renderHistory(entry.map(e -> e.evaluation().id()).orElse(null));
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
            Button backToLatest = new Button(getTranslation("evaluations.showLatest"), click -> show(latest()));
            backToLatest.setId("show-latest");
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
