package org.ablationpath.outcomes.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.outcomes.QualityIndicator;
import org.ablationpath.outcomes.RegistryAnalytics;
import org.ablationpath.outcomes.RegistryRecompute;
import org.ablationpath.outcomes.SurvivalEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/**
 * The registry dashboard of a data manager: the indicators with their thresholds or no published threshold, the
 * numbers-at-risk table following the endpoint, a bad period shown beside its field, and the recompute action.
 */
@AblationPathTest
class RegistryDashboardUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegistryAnalytics analytics;
    @Autowired
    RegistryRecompute recompute;
    @Autowired
    TestRestTemplate rest;

    private RegistryDashboardView view;

    @BeforeEach
    void openScreen() {
        rest.getForEntity("/login", String.class);
        MockedScreens.signIn("datamanager", "C01", "DATA_MANAGER");
        MockedScreens.open(context);
        view = new RegistryDashboardView(analytics, recompute);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void recomputingFillsTheIndicatorsWithThresholdsOrNoPublishedThreshold() {
        _click(view.recompute);

        List<QualityIndicator> rows = GridKt._findAll(view.indicators);
        assertThat(rows).isNotEmpty();
        assertThat(rows).filteredOn(q -> q.id().equals("QI-05")).allMatch(q -> q.threshold() == null);
        assertThat(rows).filteredOn(q -> q.id().equals("QI-02")).allMatch(q -> "< 95 %".equals(q.threshold()));
    }

    @Test
    void theNumbersAtRiskFollowTheChosenEndpointAndGrouping() {
        view.endpoint.setValue(SurvivalEndpoint.LTPFS);
        view.by.setValue("center");

        assertThat(GridKt._size(view.atRisk)).isEqualTo(view.curves.size());
        assertThat(view.curves).allSatisfy(c -> assertThat(c.atRisk().get(0).subjects()).isEqualTo(c.subjects()));
        assertThat(view.downloadSvg.getHref()).isNotBlank();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsShownBesideItsField() {
        view.from.setValue(LocalDate.of(2025, 1, 1));
        view.to.setValue(LocalDate.of(2024, 1, 1));

        _click(view.apply);

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isNotBlank();
    }

    @Test
    void filtersNarrowTheCohort() {
        view.centers.setValue(Set.of("NO-SUCH-CENTER"));
        _click(view.apply);

        assertThat(GridKt._size(view.outcomes)).isZero();
        assertThat(GridKt._size(view.atRisk)).isZero();
    }
}
