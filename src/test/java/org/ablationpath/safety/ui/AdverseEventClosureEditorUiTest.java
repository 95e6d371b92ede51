package org.ablationpath.safety.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ablationpath.AblationPathTest;
import org.ablationpath.CaseWalk;
import org.ablationpath.MockedScreens;
import org.ablationpath.MovableClock;
import org.ablationpath.TestCases;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The 30-day closure screen (TMR-10): an ungraded event of the window is named beside the confirmation. */
@AblationPathTest
class AdverseEventClosureEditorUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseTasks tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    @AfterEach
    void close() {
        MockedScreens.close();
        clock.reset();
        ClockUtil.reset();
    }

    @Test
    void anUngradedEventOfTheWindowIsNamedBesideTheConfirmationAndNothingIsStored() {
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        LocalDate session = walk.toResponseAssessment(TestCases.uniquePseudonym("AEC-UI"));
        UUID caseId = walk.caseId();
        TestCases.post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events",
                Map.of("onsetDate", session.plusDays(5).toString(), "ctcaeTerm", "Pleural effusion", "gradeAtOnset", 2));
        walk.travelTo(session.plusDays(30));
        String taskId = walk.openTask("adverse-event-closure").path("id").asText();
        MockedScreens.signIn("nurse", "C01", "NURSE");
        MockedScreens.open(context);
        TaskFormEditor editor = context.getBeansOfType(TaskFormEditor.class).values().stream()
                .filter(e -> "adverse-event-closure".equals(e.formKey())).findFirst().orElseThrow();
        AtomicBoolean completed = new AtomicBoolean();
        AdverseEventClosureFormView view = (AdverseEventClosureFormView) editor.create(tasks.task(taskId).orElseThrow(),
                () -> completed.set(true));
        UI.getCurrent().add(view);

        _setValue(view.confirmed, true);
        _click(view.submit);

        assertThat(view.confirmed.isInvalid()).isTrue();
        assertThat(view.confirmed.getErrorMessage()).contains("Pleural effusion (onset " + session.plusDays(5) + ")");
        assertThat(completed).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from app.adverse_event_closure where case_id = ?", Integer.class, caseId))
                .isZero();
    }
}
