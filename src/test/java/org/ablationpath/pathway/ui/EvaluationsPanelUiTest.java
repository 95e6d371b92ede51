package org.ablationpath.pathway.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.eligibility.EvaluationReview;
import org.ablationpath.eligibility.OverrideReasons;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.pathway.CaseEvaluations;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/**
 * The recommendation on the case page: a physician opens the accept/override form only when reviewing (the page is
 * read far more often), records a review, and sees it; other roles get no form.
 */
@AblationPathTest
class EvaluationsPanelUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    CaseEvaluations evaluations;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    OverrideReasons reasons;

    private UUID caseId;

    @BeforeEach
    void setUp() {
        caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("EVALUI")));
        MockedScreens.open(context);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void aPhysicianOpensTheReviewFormAndAcceptsTheRecommendation() {
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");
        EvaluationsPanel panel = new EvaluationsPanel(caseId, evaluations, currentUser, reasons);
        UI.getCurrent().add(panel);

        assertThat(panel.reviewForm).as("not built until asked for").isNull();
        assertThat(panel.reviewOpen.getId()).contains("review-open");
        _click(panel.reviewOpen);

        assertThat(panel.reviewForm).isNotNull();
        assertThat(panel.reviewForm.isAttached()).isTrue();
        assertThat(panel.reviewOpen.isAttached()).as("the button gives way to the form").isFalse();
        _setValue(panel.reviewForm.decision, EvaluationReview.ACCEPT);
        _click(panel.reviewForm.save);

        assertThat(LocatorJ._find(panel, Paragraph.class, spec -> spec.withId("latest-review"))).singleElement()
                .satisfies(summary -> assertThat(summary.getText()).contains("physician"));
        assertThat(evaluations.history(caseId).orElseThrow().get(0).reviews()).singleElement()
                .satisfies(review -> assertThat(review.decision()).isEqualTo(EvaluationReview.ACCEPT));
        assertThat(panel.reviewForm).as("reviewed: the form is closed again").isNull();
    }

    @Test
    void aClickOnAnOlderEvaluationInTheHistoryShowsItUntilTheLatestIsAskedForAgain() {
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");
        EvaluationsPanel panel = new EvaluationsPanel(caseId, evaluations, currentUser, reasons);
        UI.getCurrent().add(panel);
        _click(panel.reevaluate);
        List<CaseEvaluations.Entry> history = evaluations.history(caseId).orElseThrow();
        assertThat(history).hasSize(2);
        String latest = history.get(0).evaluation().id().toString();
        String older = history.get(1).evaluation().id().toString();
        assertThat(pickButtons(panel)).extracting(b -> b.attr("data-evaluation")).containsExactly(latest, older);
        assertThat(pressed(panel)).containsExactly(latest);

        clickRow(panel, older);

        assertThat(pressed(panel)).containsExactly(older);
        assertThat(LocatorJ._find(panel, Paragraph.class, spec -> spec.withId("showing-older"))).hasSize(1);
        assertThat(panel.reviewOpen).as("only the latest evaluation is reviewed").isNull();

        clickRow(panel, "not-an-evaluation");
        assertThat(pressed(panel)).as("an unknown id changes nothing").containsExactly(older);

        _click(LocatorJ._get(panel, Button.class, spec -> spec.withId("show-latest")));
        assertThat(pressed(panel)).containsExactly(latest);
        assertThat(LocatorJ._find(panel, Paragraph.class, spec -> spec.withId("showing-older"))).isEmpty();
        assertThat(panel.reviewOpen).isNotNull();
    }

    /** What the browser sends for a click on a row's button: the filter's verdict and the button's evaluation id. */
    private static void clickRow(EvaluationsPanel panel, String evaluationId) {
        JsonObject data = Json.createObject();
        data.put(EvaluationsPanel.ON_PICK, true);
        data.put(EvaluationsPanel.PICKED, evaluationId);
        ElementUtilsKt._fireDomEvent(panel.history.getElement(), new DomEvent(panel.history.getElement(), "click", data));
    }

    private static List<Element> pickButtons(EvaluationsPanel panel) {
        return Jsoup.parseBodyFragment(panel.history.getElement().getProperty("innerHTML")).select("button.history-pick");
    }

    private static List<String> pressed(EvaluationsPanel panel) {
        return pickButtons(panel).stream().filter(b -> b.attr("aria-pressed").equals("true"))
                .map(b -> b.attr("data-evaluation")).toList();
    }

    @Test
    void aNurseGetsNoReviewForm() {
        MockedScreens.signIn("nurse", "C01", "NURSE");
        EvaluationsPanel panel = new EvaluationsPanel(caseId, evaluations, currentUser, reasons);
        UI.getCurrent().add(panel);

        assertThat(panel.reviewOpen).isNull();
        assertThat(panel.reviewForm).isNull();
    }
}
