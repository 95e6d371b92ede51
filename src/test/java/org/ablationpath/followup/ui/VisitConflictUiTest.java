package org.ablationpath.followup.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.MockedScreens;
import org.ablationpath.followup.ContactType;
import org.ablationpath.followup.FollowUpCases;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.VisitFinding;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nurses on the same visit task (issue 9): the second to submit is told that someone else was first, stays on
 * the form, and keeps everything she typed; nothing of hers is stored.
 */
@AblationPathTest
class VisitConflictUiTest {

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
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
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
    void theLaterSubmissionShowsTheConflictAndKeepsTheTypedInput() throws Exception {
        LocalDate today = LocalDate.now(clock);
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(caseId, today.minusMonths(3));
        ScheduledVisit m3 = schedule.nextPlannedVisit(caseId).orElseThrow();
        String taskId = FormTasks.openTask(engine, caseId, "C01", "follow-up-visit", "NURSE", m3.id().toString());
        MockedScreens.signIn("nurse", "C01", "NURSE");
        TaskItem task = tasks.task(taskId).orElseThrow();
        AtomicBoolean completed = new AtomicBoolean();
        FollowUpVisitFormView view = (FollowUpVisitFormView) editor.create(task, () -> completed.set(true));
        UI.getCurrent().add(view);

        _setValue(view.visitDate, today);
        _setValue(view.contactType, ContactType.PHONE);
        _setValue(view.finding, VisitFinding.NO_EVIDENCE_OF_DISEASE);
        _setValue(view.ecog, 2);
        // meanwhile a colleague records the visit on her own screen (same service, same task)
        tasks.completeFromJson(taskId, json.readTree("""
                {"visitDate":"%s","contactType":"CLINIC","finding":"NO_EVIDENCE_OF_DISEASE","ecog":0}""".formatted(today)));
        _click(view.submit);

        assertThat(completed).isFalse();
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).contains("already been completed"));
        assertThat(view.isAttached()).isTrue();
        assertThat(view.visitDate.getValue()).isEqualTo(today);
        assertThat(view.contactType.getValue()).isEqualTo(ContactType.PHONE);
        assertThat(view.finding.getValue()).isEqualTo(VisitFinding.NO_EVIDENCE_OF_DISEASE);
        assertThat(view.ecog.getValue()).isEqualTo(2);
        assertThat(schedule.visit(m3.id())).map(ScheduledVisit::status).contains(VisitStatus.DONE);
        assertThat(jdbc.queryForObject("select visit_type from app.follow_up_visit where id = ?", String.class, m3.id()))
                .isEqualTo("CLINIC");
    }
}
