package org.ablationpath.outcomes.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.outcomes.QualityIndicator;
import org.ablationpath.outcomes.RegistryAnalytics;
import org.ablationpath.outcomes.RegistryRecompute;
import org.ablationpath.outcomes.SurvivalEndpoint;
import org.ablationpath.outcomes.internal.RegistrySummaryForTests;
import org.ablationpath.procedure.SessionRecorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry dashboard of a data manager: the indicators with their thresholds or no published threshold, the
 * numbers-at-risk table following the endpoint, a bad period shown beside its field, the recompute action and the
 * recorded events still queued for the background recompute.
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
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;

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
    void theIndicatorsShowTheirThresholdsOrNoPublishedThreshold() {
        String center = "QU" + UUID.randomUUID().toString().substring(0, 6);
        UUID caseId = UUID.randomUUID();
        jdbc.update("""
                insert into app.outcome_patient (case_id, center_id, organ, start_date, mdt_before_first_session,
                  technique_efficacy, response_imaging_due, response_imaging_in_window, primary_efficacy, assisted_efficacy,
                  secondary_efficacy, additional_sessions_residual, ltpfs_days, ltpfs_event, ttltp_days, ttltp_event,
                  ttr_days, ttr_event, dfs_days, dfs_event, dfs_excluded, os_days, os_event, thirty_day_mortality,
                  visits_due, visits_in_window, visits_missed, inputs_version, computed_at)
                values (?, ?, 'LIVER', date '2024-01-01', true, 'COMPLETE', true, true, true, false, false, 0,
                  100, false, 100, false, 100, false, 100, false, false, 200, false, false, 2, 2, 0, 'test', now())""",
                caseId, center);
        jdbc.update("""
                insert into app.outcome_tumour (case_id, tumor_id, center_id, technical_success, technique_efficacy,
                  primary_efficacy, assisted_efficacy, secondary_efficacy, ttltp_days, ttltp_event)
                values (?, 'T1', ?, true, 'COMPLETE', true, false, false, 100, false)""", caseId, center);
        // the application writes rows through OutcomeStore, which keeps the dashboard sums (V20) in step
        RegistrySummaryForTests.refresh(context);
        view.centers.setItems(center);
        view.centers.setValue(Set.of(center));

        _click(view.apply);

        List<QualityIndicator> rows = GridKt._findAll(view.indicators);
        assertThat(rows).extracting(QualityIndicator::centerId).containsOnly(center);
        QualityIndicator pte = rows.stream().filter(q -> q.id().equals("QI-05")).findFirst().orElseThrow();
        QualityIndicator technical = rows.stream().filter(q -> q.id().equals("QI-02")).findFirst().orElseThrow();
        assertThat(pte.threshold()).isNull();
        assertThat(pte.rate()).isEqualTo(100.0);
        assertThat(technical.threshold()).isEqualTo("< 95 %");
        assertThat(technical.alert()).isFalse();
        assertThat(GridKt._size(view.outcomes)).isEqualTo(1);
    }

    @Test
    void theRecomputeActionRunsForTheDataManager() {
        _click(view.recompute);

        assertThat(view.summary.getText()).isNotBlank();
    }

    @Test
    void theDashboardSaysHowManyRecordedEventsAreStillToBeComputed() {
        recompute.recomputeQueued();
        view.refresh();
        assertThat(view.queued.getText()).isEqualTo("Every recorded event is computed");

        events.publishEvent(new SessionRecorded(UUID.randomUUID(), "C01"));
        view.refresh();
        assertThat(view.queued.getText()).startsWith("Recorded events of 1 case(s) waiting");
        assertThat(rest.withBasicAuth("datamanager", "demo").getForObject("/api/registry/recompute-queue", JsonNode.class)
                .path("queued").asLong()).isEqualTo(1L);

        recompute.recomputeQueued();
        view.refresh();
        assertThat(view.queued.getText()).isEqualTo("Every recorded event is computed");
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
