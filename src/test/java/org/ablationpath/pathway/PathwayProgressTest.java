package org.ablationpath.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Where a referred case stands: the pathway and the board review it called, drawn by definition, and one timeline of
 * the steps of both processes in the order they started.
 */
@AblationPathTest
class PathwayProgressTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CaseOverviews overviews;

    @AfterEach
    void signOut() {
        MockedScreens.close();
    }

    @Test
    void aCaseAtTheBoardShowsBothProcessesAndTheStepsOfBoth() {
        UUID caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("PROGRESS")));
        MockedScreens.signIn("board", "C01", "TUMOR_BOARD");

        PathwayProgress progress = overviews.progress(caseId).orElseThrow();

        assertThat(progress.diagrams()).extracting(PathwayProgress.Diagram::processKey)
                .containsExactly("ablation-pathway", "tumor-board-review");
        assertThat(progress.diagrams().get(1).currentActivityIds()).containsExactly("Activity_ReviewAtTumorBoard");
        assertThat(overviews.diagramXml(progress.diagrams().get(0).definitionId())).hasValueSatisfying(
                xml -> assertThat(xml).contains("id=\"ablation-pathway\""));
        assertThat(progress.timeline()).extracting(PathwayProgress.Step::activityId)
                .contains("StartEvent_CaseReferred", "Activity_TumorBoardReview", "Activity_ReviewAtTumorBoard");
        assertThat(progress.timeline()).extracting(PathwayProgress.Step::started)
                .isSortedAccordingTo(Instant::compareTo);
        assertThat(progress.timeline()).filteredOn(step -> step.activityId().equals("Activity_ReviewAtTumorBoard"))
                .singleElement().satisfies(step -> assertThat(step.ended()).isNull());
    }
}
