package org.ablationpath.pathway.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.eligibility.EvaluationReview;
import org.ablationpath.eligibility.OverrideReasons;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.pathway.CaseEvaluations;
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
    void aNurseGetsNoReviewForm() {
        MockedScreens.signIn("nurse", "C01", "NURSE");
        EvaluationsPanel panel = new EvaluationsPanel(caseId, evaluations, currentUser, reasons);
        UI.getCurrent().add(panel);

        assertThat(panel.reviewOpen).isNull();
        assertThat(panel.reviewForm).isNull();
    }
}
