package org.ablationpath.followup.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.MockedScreens;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.DaySevenCallForm;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.EndReason;
import org.ablationpath.followup.FollowUpCases;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.platform.workflow.CaseTasks;
import org.camunda.bpm.engine.ProcessEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/** The follow-up part of the case page: the visit table, the day-7 answers with their hint, and the "End follow-up" dialog. */
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

        assertThat(rows(panel)).hasSize(3);
        assertThat(panel.visitRows.get(0).status()).isEqualTo(VisitStatus.DONE);
        assertThat(status(panel, 0).text()).isEqualTo("Done");
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
        assertThat(rows(panel)).hasSize(13);
        assertThat(panel.visitRows).hasSize(13);
        assertThat(rows(panel).get(0).select("td")).hasSize(FollowUpPanel.COLUMNS.size());
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
        assertThat(panel.visitRows.get(m1).status()).isEqualTo(VisitStatus.DONE);
        assertThat(panel.visitRows.get(m1).metWithoutContrast()).isTrue();
        Element status = status(panel, m1);
        assertThat(status.ownText()).isEqualTo("Done");
        assertThat(status.select("span.alr11-without-contrast").text()).isEqualTo("without contrast");
        assertThat(status.select("span.alr11-without-contrast").attr("theme")).isEqualTo("badge contrast small");
        assertThat(status.select("span.alr11-without-contrast").attr("title")).isNotBlank();
        assertThat(rows(panel)).filteredOn(row -> !row.select(".alr11-without-contrast").isEmpty()).hasSize(1);

        schedule.recordResponseImaging(caseId, session.plusDays(29), true);
        FollowUpPanel after = (FollowUpPanel) section.render(caseId);
        UI.getCurrent().add(after);

        assertThat(after.visitRows.get(responseRow(after)).metWithoutContrast()).as("contrast study inside the window").isFalse();
        assertThat(status(after, responseRow(after)).select(".alr11-without-contrast")).isEmpty();
    }

    /** The table's body rows as the browser gets them. */
    private static List<Element> rows(FollowUpPanel panel) {
        return Jsoup.parseBodyFragment("<table>" + panel.visitTable.getElement().getProperty("innerHTML") + "</table>")
                .select("table tbody tr");
    }

    private static Element status(FollowUpPanel panel, int row) {
        return rows(panel).get(row).select("td").get(FollowUpPanel.COLUMNS.indexOf("status"));
    }

    private static int responseRow(FollowUpPanel panel) {
        for (int row = 0; row < panel.visitRows.size(); row++) {
            if (panel.visitRows.get(row).kind().equals("RESPONSE")) {
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
