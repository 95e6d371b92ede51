package org.ablationpath.followup.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.MockedScreens;
import org.ablationpath.followup.ContactOutcome;
import org.ablationpath.followup.ContactType;
import org.ablationpath.followup.FollowUpCases;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.VisitFinding;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.safety.CtcaeTerms;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/** The nurse records a grid visit on its task screen: the service's problems show at their fields, then it is done. */
@AblationPathTest
class FollowUpVisitEditorUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    FollowUpSchedule schedule;
    @Autowired
    CaseTasks tasks;
    @Autowired
    FollowUpVisitEditor editor;
    @Autowired
    Clock clock;
    @Autowired
    CtcaeTerms terms;

    @BeforeEach
    void setUp() {
        MockedScreens.open(context);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void aDateOutsideTheWindowIsShownAtTheDateAndACorrectVisitCompletesTheTask() {
        LocalDate today = LocalDate.now(clock);
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        LocalDate session = today.minusMonths(3);
        schedule.planAfterSession(caseId, session);
        ScheduledVisit m3 = schedule.nextPlannedVisit(caseId).orElseThrow();
        String taskId = FormTasks.openTask(engine, caseId, "C01", "follow-up-visit", "NURSE", m3.id().toString());
        MockedScreens.signIn("nurse", "C01", "NURSE");
        TaskItem task = tasks.task(taskId).orElseThrow();
        AtomicBoolean completed = new AtomicBoolean();

        FollowUpVisitFormView view = (FollowUpVisitFormView) editor.create(task, () -> completed.set(true));
        UI.getCurrent().add(view);

        assertThat(view.contactType.getValue()).isEqualTo(ContactType.CLINIC);
        assertThat(view.painNrs.isVisible()).isFalse();
        _setValue(view.visitDate, m3.windowStart().minusDays(1));
        _setValue(view.finding, VisitFinding.LTP);
        assertThat(view.tumorId.isVisible()).isTrue();
        _setValue(view.tumorId, "T1");
        _click(view.submit);

        assertThat(completed).isFalse();
        assertThat(view.visitDate.isInvalid()).isTrue();
        assertThat(view.visitDate.getErrorMessage()).contains("Outside the window of M3");
        assertThat(schedule.visit(m3.id())).map(ScheduledVisit::status).contains(VisitStatus.PLANNED);

        _setValue(view.visitDate, today);
        _setValue(view.finding, VisitFinding.NO_EVIDENCE_OF_DISEASE);
        assertThat(view.tumorId.isVisible()).isFalse();
        _setValue(view.ecog, 1);
        _click(view.submit);

        assertThat(completed).isTrue();
        assertThat(schedule.visit(m3.id())).map(ScheduledVisit::status).contains(VisitStatus.DONE);
    }

    @Test
    void anUnansweredCallNeedsARetryDateAndHidesTheClinicalFields() {
        LocalDate today = LocalDate.now(clock);
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(caseId, today.minusMonths(3));
        ScheduledVisit m3 = schedule.nextPlannedVisit(caseId).orElseThrow();
        String taskId = FormTasks.openTask(engine, caseId, "C01", "follow-up-visit", "NURSE", m3.id().toString());
        MockedScreens.signIn("nurse", "C01", "NURSE");
        AtomicBoolean completed = new AtomicBoolean();
        FollowUpVisitFormView view = (FollowUpVisitFormView) editor.create(tasks.task(taskId).orElseThrow(), () -> completed.set(true));
        UI.getCurrent().add(view);

        AdverseEventRow event = view.content.addAdverseEventRow(terms);
        _setValue(event.term, terms.find("Sepsis").orElseThrow());
        assertThat(event.grade.getListDataView().getItems().toList()).containsExactly(3, 4, 5);
        _click(event.remove);
        assertThat(view.content.adverseEvents).isEmpty();

        _setValue(view.contactOutcome, ContactOutcome.NOT_REACHED);
        assertThat(view.finding.isVisible()).isFalse();
        assertThat(view.content.isVisible()).isFalse();
        assertThat(view.retryDate.isVisible()).isTrue();
        _setValue(view.visitDate, today);
        _click(view.submit);

        assertThat(completed).isFalse();
        assertThat(view.retryDate.isInvalid()).isTrue();

        _setValue(view.retryDate, today.plusDays(1));
        _click(view.submit);

        assertThat(completed).isTrue();
        assertThat(schedule.visit(m3.id())).map(ScheduledVisit::status).contains(VisitStatus.PLANNED);
    }
}
