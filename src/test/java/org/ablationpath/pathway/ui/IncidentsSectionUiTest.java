package org.ablationpath.pathway.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.pathway.CaseIncident;
import org.ablationpath.pathway.CaseOverviews;
import org.ablationpath.pathway.DeviationCode;
import org.ablationpath.pathway.FailedJobs;
import org.ablationpath.pathway.PathwayDeviations;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/** The case page lists a failed step of the case with its error; the nurse retries it and it shows resolved. */
@AblationPathTest
class IncidentsSectionUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseOverviews overviews;
    @Autowired
    PathwayDeviations deviations;

    @BeforeEach
    void setUp() {
        MockedScreens.open(context);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void theNurseSeesTheFailedStepOnTheCasePageAndRetriesIt() {
        UUID caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("INCUI")));
        String jobId = FailedJobs.failReviewTimer(engine, caseId);
        MockedScreens.signIn("nurse", "C01", "NURSE");

        Component section = overviews.sections().stream().filter(s -> s.key().equals("incidents")).findFirst().orElseThrow()
                .render(caseId);
        UI.getCurrent().add(section);
        assertThat(LocatorJ._get(section, H3.class).getText()).isEqualTo("Failed steps (incidents)");
        @SuppressWarnings("unchecked")
        Grid<CaseIncident> grid = LocatorJ._get(section, Grid.class, spec -> spec.withId("incident-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        CaseIncident incident = _get(grid, 0);
        assertThat(incident.activity()).isEqualTo("Record the breach");
        assertThat(incident.message()).isNotBlank();
        assertThat(incident.open()).isTrue();

        FailedJobs.repair(engine, caseId, "C01");
        Button retry = (Button) _getCellComponent(grid, 0, "retry");
        assertThat(retry.getId()).contains("retry-incident-" + incident.id());
        _click(retry);

        assertThat(LocatorJ._get(section, Paragraph.class, spec -> spec.withId("incident-outcome")).getText())
                .isEqualTo("The step will be tried again now.");
        assertThat(_get(grid, 0).state()).isEqualTo(CaseIncident.State.RESOLVED);
        engine.getManagementService().executeJob(jobId);
        assertThat(deviations.of(caseId)).extracting(d -> d.code()).containsExactly(DeviationCode.BOARD_REVIEW_OVERDUE);
    }

    @Test
    void aPhysicianSeesTheIncidentButNoRetry() {
        UUID caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("INCUI")));
        FailedJobs.failReviewTimer(engine, caseId);
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");

        Component section = overviews.sections().stream().filter(s -> s.key().equals("incidents")).findFirst().orElseThrow()
                .render(caseId);
        UI.getCurrent().add(section);

        Grid<?> grid = LocatorJ._get(section, Grid.class);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(grid.getColumnByKey("retry")).isNull();
    }
}
