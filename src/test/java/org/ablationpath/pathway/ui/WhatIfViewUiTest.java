package org.ablationpath.pathway.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.refer;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.pathway.CaseEvaluations;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The "what if" editor re-evaluates every change with the case's rules and never stores anything. */
@AblationPathTest
class WhatIfViewUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseEvaluations evaluations;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    private WhatIfView view;
    private UUID caseId;

    @BeforeEach
    void openEditor() {
        caseId = refer(rest, hccCase(uniquePseudonym("WHATIF")));
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");
        MockedScreens.open(context);
        view = new WhatIfView(evaluations, json);
        UI.getCurrent().add(view);
        view.open(caseId, evaluations.whatIfDocument(caseId).orElseThrow());
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void plateletsBelowFiftyMakeItNotEligibleWithGen03AndNothingIsStored() {
        long evaluationsBefore = count("app.rule_evaluation");
        long reviewsBefore = count("app.evaluation_review");
        long casesBefore = count("app.clinical_case");
        assertThat(view.platelets.getValue()).isEqualTo(180.0);
        assertThat(view.lastEvaluation.eligibility().finalStatus()).isNotEqualTo("NOT_ELIGIBLE");

        _setValue(view.platelets, 42.0);

        assertThat(view.lastEvaluation.eligibility().finalStatus()).isEqualTo("NOT_ELIGIBLE");
        assertThat(view.lastEvaluation.eligibility().rulesFired()).anyMatch(r -> r.id().equals("GEN-03"));
        assertThat(_get(view, Span.class, spec -> spec.withId("recommendation-status")).getText()).isEqualTo("Not eligible");
        // every fired rule is a card, all in one element of escaped markup
        Elements cards = Jsoup.parseBodyFragment(_get(view, Div.class, spec -> spec.withClasses("rule-cards"))
                .getElement().getProperty("innerHTML")).select("div.rule-card");
        assertThat(cards).hasSize(view.lastEvaluation.eligibility().rulesFired().size());
        assertThat(cards).filteredOn(card -> card.hasClass("NOT_ELIGIBLE")).anySatisfy(card -> {
            assertThat(card.selectFirst(".rule-heading").text()).isEqualTo("GEN-03 · Not eligible");
            assertThat(card.select("p.rule-meta").text()).contains("Source: [SIRCOAG19]");
        });
        assertThat(_get(view, Span.class, spec -> spec.withId("what-if-banner")).getText()).contains("Not saved");
        assertThat(count("app.rule_evaluation")).isEqualTo(evaluationsBefore);
        assertThat(count("app.evaluation_review")).isEqualTo(reviewsBefore);
        assertThat(count("app.clinical_case")).isEqualTo(casesBefore);
    }

    @Test
    void aClearedValueIsAValidationErrorNotACrash() {
        _setValue(view.ecog, null);

        assertThat(view.lastEvaluation.eligibility().finalStatus()).isEqualTo("INVALID");
        assertThat(view.lastEvaluation.validation().errors()).anyMatch(e -> e.field().equals("patient.ecog"));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
