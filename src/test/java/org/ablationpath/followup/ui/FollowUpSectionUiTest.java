package org.ablationpath.followup.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.LitCells;
import org.ablationpath.MockedScreens;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.DaySevenCallForm;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.EndReason;
import org.ablationpath.followup.FollowUpCases;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.followup.internal.FollowUpOverview;
import org.ablationpath.platform.workflow.CaseTasks;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/** The follow-up part of the case page: the grid, the day-7 answers with their hint, and the "End follow-up" dialog. */
@AblationPathTest
class FollowUpSectionUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    FollowUpSchedule schedule;
    @Autowired
    EndOfFollowUp endOfFollowUp;
    @Autowired
    CaseTasks tasks;
    @Autowired
    FollowUpSection section;
    @Autowired
    Clock clock;

    @BeforeEach
    void setUp() {
        MockedScreens.open(context);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void aNurseSeesTheGridAndTheAdverseEventHintAndEndsTheFollowUpAfterADeath() {
        LocalDate today = LocalDate.now(clock);
        UUID caseId = FollowUpCases.boneMetastasis(rest);
        schedule.planAfterSession(caseId, today.minusDays(7));
        String callTask = FormTasks.openTask(engine, caseId, "C01", "day-7-call", "NURSE");
        MockedScreens.signIn("nurse", "C01", "NURSE");
        tasks.complete(callTask, reachedWithFever(today));

        FollowUpPanel panel = (FollowUpPanel) section.render(caseId);
        UI.getCurrent().add(panel);

        assertThat(_size(panel.visitGrid)).isEqualTo(3);
        assertThat(_get(panel.visitGrid, 0).status()).isEqualTo(VisitStatus.DONE);
        assertThat(LocatorJ._get(Paragraph.class, spec -> spec.withClasses("day-seven-ae-hint")).getText()).contains("Fever");
        assertThat(LocatorJ._get(Paragraph.class, spec -> spec.withClasses("local-default")).getText()).contains("Local default");

        _click(panel.endButton);
        EndFollowUpDialog dialog = LocatorJ._get(EndFollowUpDialog.class);
        _setValue(dialog.reason, EndReason.DEATH);
        assertThat(dialog.causeOfDeath.isVisible()).isTrue();
        _setValue(dialog.date, today);
        _click(dialog.confirm);

        assertThat(dialog.causeOfDeath.isInvalid()).isTrue();
        assertThat(endOfFollowUp.of(caseId)).isEmpty();

        _setValue(dialog.causeOfDeath, CauseOfDeath.TUMOUR_PROGRESSION);
        _click(dialog.confirm);

        assertThat(endOfFollowUp.of(caseId)).map(EndOfFollowUp.EndRecord::reason).contains(EndReason.DEATH);
        assertThat(schedule.nextPlannedVisit(caseId)).isEmpty();
    }

    @Test
    void theBoardSeesNoEndButton() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(caseId, LocalDate.now(clock).minusDays(3));
        MockedScreens.signIn("board", "C01", "TUMOR_BOARD");

        FollowUpPanel panel = (FollowUpPanel) section.render(caseId);

        assertThat(panel.endButton).isNull();
        assertThat(_size(panel.visitGrid)).isEqualTo(13);
    }

    @Test
    void aResponseVisitMetByImagingWithoutContrastCarriesABadgeUntilContrastImagingFollows() {
        LocalDate session = LocalDate.now(clock).minusDays(30);
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(caseId, session);
        schedule.recordResponseImaging(caseId, session.plusDays(22), false);
        MockedScreens.signIn("nurse", "C01", "NURSE");

        FollowUpPanel panel = (FollowUpPanel) section.render(caseId);
        UI.getCurrent().add(panel);

        int m1 = responseRow(panel);
        assertThat(_get(panel.visitGrid, m1).status()).isEqualTo(VisitStatus.DONE);
        assertThat(_get(panel.visitGrid, m1).metWithoutContrast()).isTrue();
        FollowUpOverview.Visit response = _get(panel.visitGrid, m1);
        assertThat(LitCells.property(panel.visitGrid, "status", response, "withoutContrast")).isEqualTo("without contrast");
        assertThat(LitCells.property(panel.visitGrid, "status", response, "status")).isEqualTo("Done");
        assertThat(LitCells.template(panel.visitGrid, "status")).contains("class=\"alr11-without-contrast\"")
                .contains("${item.withoutContrast ?");

        schedule.recordResponseImaging(caseId, session.plusDays(29), true);
        FollowUpPanel after = (FollowUpPanel) section.render(caseId);
        UI.getCurrent().add(after);

        assertThat(_get(after.visitGrid, responseRow(after)).metWithoutContrast()).as("contrast study inside the window").isFalse();
        assertThat(LitCells.property(after.visitGrid, "status", _get(after.visitGrid, responseRow(after)), "withoutContrast"))
                .isEqualTo("");
    }

    private static int responseRow(FollowUpPanel panel) {
        for (int row = 0; row < _size(panel.visitGrid); row++) {
            if (_get(panel.visitGrid, row).kind().equals("RESPONSE")) {
                return row;
            }
        }
        throw new AssertionError("no response visit in the grid");
    }

    private static DaySevenCallForm reachedWithFever(LocalDate today) {
        DaySevenCallForm call = new DaySevenCallForm();
        call.setCallDate(today);
        call.setReached(true);
        call.setFever(true);
        call.setPain(false);
        call.setJaundice(false);
        call.setWoundProblem(false);
        call.setUrinaryProblem(false);
        call.setBreathlessness(false);
        call.setNewMedication(false);
        call.setUnplannedVisit(false);
        return call;
    }
}
