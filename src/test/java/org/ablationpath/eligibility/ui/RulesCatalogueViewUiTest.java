package org.ablationpath.eligibility.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.ablationpath.eligibility.CenterRuleSets;
import org.ablationpath.eligibility.RuleInfo;
import org.ablationpath.eligibility.RulesCatalogue;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The rules page lists every rule, filters on any column, and shows the parameters of the user's (or any) center. */
@AblationPathTest
class RulesCatalogueViewUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RulesCatalogue catalogue;
    @Autowired
    CenterRuleSets ruleSets;

    @BeforeEach
    void setUp() {
        MockedScreens.open(context);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    private RulesCatalogueView openAs(String user, String role, String center) {
        MockedScreens.signIn(user, center, role);
        RulesCatalogueView view = new RulesCatalogueView(catalogue);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void searchFiltersOnAnyColumn() {
        RulesCatalogueView view = openAs("nurse", "NURSE", "C01");
        int all = ruleSets.defaults().catalogue().size();
        assertThat(view.shownRules()).hasSize(all);

        _setValue(view.search, "gen-03");
        assertThat(view.shownRules()).extracting(RuleInfo::id).containsOnly("GEN-03");

        _setValue(view.search, "validation.drl");
        assertThat(view.shownRules()).isNotEmpty().allMatch(r -> r.file().endsWith("validation.drl"));
        assertThat(view.shownRules()).extracting(RuleInfo::id).contains("VAL-01");

        RuleInfo gen03 = ruleSets.defaults().catalogue().stream().filter(r -> r.id().equals("GEN-03")).findFirst().orElseThrow();
        _setValue(view.search, gen03.rationale().substring(0, Math.min(25, gen03.rationale().length())).toUpperCase());
        assertThat(view.shownRules()).contains(gen03);

        _setValue(view.search, "no rule says this 4711");
        assertThat(view.shownRules()).isEmpty();

        _setValue(view.search, "");
        assertThat(view.shownRules()).hasSize(all);
        assertThat(view.rulesVersion.getText()).contains(ruleSets.forCenter("C01").rulesVersion());
    }

    @Test
    void usersSeeTheirCentersParametersAndAdministratorsPickAnyCenter() {
        RulesCatalogueView nurse2 = openAs("nurse2", "NURSE", "C02");
        assertThat(nurse2.rulesVersion.getText()).contains(ruleSets.forCenter("C02").rulesVersion());
        assertThat(nurse2.center.isAttached()).isFalse();

        RulesCatalogueView admin = openAs("admin", "ADMIN", "C01");
        assertThat(admin.rulesVersion.getText()).contains(ruleSets.forCenter("C01").rulesVersion());
        _setValue(admin.center, "C02");
        assertThat(admin.rulesVersion.getText()).contains(ruleSets.forCenter("C02").rulesVersion()).contains("inrHardAbove");
    }
}
