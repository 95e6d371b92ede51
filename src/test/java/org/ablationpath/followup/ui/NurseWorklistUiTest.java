package org.ablationpath.followup.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.LitCells;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.board.Board;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.NewBoard;
import org.ablationpath.followup.FollowUpCases;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.NurseWorklist;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.WorklistCategory;
import org.ablationpath.followup.WorklistRow;
import org.ablationpath.identity.CurrentUser;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/** The nurse finds a visit due today on her worklist, takes it, narrows the list to her rows and opens the task. */
@AblationPathTest
class NurseWorklistUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    FollowUpSchedule schedule;
    @Autowired
    Clock clock;
    @Autowired
    NurseWorklist worklist;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    BoardMeetings boards;

    @BeforeEach
    void setUp() {
        MockedScreens.open(context);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void aVisitDueTodayIsTakenFilteredAndOpened() {
        LocalDate today = LocalDate.now(clock);
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(caseId, today.minusMonths(3));
        ScheduledVisit m3 = schedule.nextPlannedVisit(caseId).orElseThrow();
        String taskId = FormTasks.openTask(engine, caseId, "C01", "follow-up-visit", "NURSE", m3.id().toString());
        MockedScreens.signIn("nurse", "C01", "NURSE");

        WorklistView view = new WorklistView(worklist, currentUser);
        UI.getCurrent().add(view);
        int index = indexOf(view, m3.id());
        WorklistRow row = GridKt._get(view.grid, index);
        assertThat(row.category()).isEqualTo(WorklistCategory.DUE_THIS_WEEK);
        assertThat(row.taskId()).isEqualTo(taskId);
        assertThat(row.patientPseudonym()).startsWith("FUP");
        assertThat(row.label()).isEqualTo("M3");

        assertThat(LitCells.property(view.grid, "actions", row, "assignLabel")).isEqualTo("Assign to me");
        assertThat(LitCells.property(view.grid, "actions", row, "hasTask")).isEqualTo(true);
        assertThat(LitCells.template(view.grid, "actions")).contains("class=\"worklist-open\" data-item-id=\"${item.itemId}\"");
        LitCells.call(view.grid, "actions", row, "assign");
        _setValue(view.mine, true);

        List<WorklistRow> mine = view.grid.getGenericDataView().getItems().toList();
        assertThat(mine).isNotEmpty().allSatisfy(r -> assertThat(r.assignedTo()).isEqualTo("nurse"));
        assertThat(mine).extracting(WorklistRow::itemId).contains(m3.id());
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("nurse");

        WorklistRow taken = GridKt._get(view.grid, indexOf(view, m3.id()));
        assertThat(LitCells.property(view.grid, "actions", taken, "assignLabel")).isEqualTo("");
        assertThat(view.target(taken)).isEqualTo("tasks/" + taskId);
    }

    @Test
    void theBoardFilterOffersTheCentersBoardsAndNarrowsTheListToTheBoardsOrgan() {
        MockedScreens.signIn("chair", "C01", "TUMOR_BOARD", "BOARD_CHAIR");
        Board kidneys = boards.createBoard(new NewBoard(null, TestCases.uniquePseudonym("Kidney board"), "KIDNEY",
                DayOfWeek.TUESDAY, LocalTime.of(8, 0), null));
        ScheduledVisit m3 = monthThreeVisitOfANewCase();
        MockedScreens.signIn("nurse", "C01", "NURSE");

        WorklistView view = new WorklistView(worklist, currentUser);
        UI.getCurrent().add(view);
        assertThat(view.board.getListDataView().getItems()).contains(kidneys);
        _setValue(view.board, kidneys);
        assertThat(view.grid.getGenericDataView().getItems()).extracting(WorklistRow::itemId).doesNotContain(m3.id());
        _setValue(view.board, null);
        assertThat(view.grid.getGenericDataView().getItems()).extracting(WorklistRow::itemId).contains(m3.id());
    }

    @Test
    void theDataManagerReadsTheListWithoutActions() {
        ScheduledVisit m3 = monthThreeVisitOfANewCase();
        MockedScreens.signIn("datamanager", "C01", "DATA_MANAGER");

        WorklistView view = new WorklistView(worklist, currentUser);
        UI.getCurrent().add(view);
        int index = indexOf(view, m3.id());

        assertThat(view.mine.isVisible()).isFalse();
        assertThat(GridKt._get(view.grid, index).itemId()).isEqualTo(m3.id());
        assertThat(view.grid.getColumnByKey("actions")).isNull();
    }

    /** The M3 visit of a new single-HCC case whose session was three months ago: due this week. */
    private ScheduledVisit monthThreeVisitOfANewCase() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(caseId, LocalDate.now(clock).minusMonths(3));
        return schedule.nextPlannedVisit(caseId).orElseThrow();
    }

    private static int indexOf(WorklistView view, UUID itemId) {
        List<WorklistRow> rows = view.grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).itemId().equals(itemId)) {
                return i;
            }
        }
        throw new AssertionError("visit " + itemId + " is not on the worklist");
    }
}
