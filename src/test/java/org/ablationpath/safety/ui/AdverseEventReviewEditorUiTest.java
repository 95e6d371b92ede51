package org.ablationpath.safety.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.safety.AdverseEventOutcome;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The review screen of an adverse event: the task's subject is shown, grades start at the grade at onset. */
@AblationPathTest
class AdverseEventReviewEditorUiTest {

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
    Clock clock;

    private UUID eventId;
    private AdverseEventReviewFormView view;
    private final AtomicBoolean completed = new AtomicBoolean();

    @BeforeEach
    void openReview() {
        UUID caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("AER-UI")));
        JsonNode reported = TestCases.post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/adverse-events",
                Map.of("onsetDate", LocalDate.now(clock).toString(), "ctcaeTerm", "Pleural effusion", "gradeAtOnset", 2,
                        "description", "Right effusion on day 1.")).getBody();
        eventId = UUID.fromString(reported.path("id").asText());
        String taskId = FormTasks.openTask(engine, caseId, "C01", "adverse-event-review", "INTERVENTIONAL_RADIOLOGIST",
                eventId.toString());
        MockedScreens.signIn("radiologist", "C01", "INTERVENTIONAL_RADIOLOGIST");
        MockedScreens.open(context);
        TaskFormEditor editor = context.getBeansOfType(TaskFormEditor.class).values().stream()
                .filter(e -> "adverse-event-review".equals(e.formKey())).findFirst().orElseThrow();
        view = (AdverseEventReviewFormView) editor.create(tasks.task(taskId).orElseThrow(), () -> completed.set(true));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void theReportedEventIsShownAndOnlyGradesFromItsOnsetGradeAreOffered() {
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(view, Paragraph.class, spec -> spec.withId("ae-summary"))
                .getText()).contains("Pleural effusion").contains("Grade 2");
        assertThat(view.worstGrade.getListDataView().getItems()).containsExactly(2, 3, 4, 5);
        assertThat(view.worstGrade.getValue()).isEqualTo(2);
    }

    @Test
    void aFatalOutcomeBelowGradeFiveIsShownBesideTheGradeAndNothingIsStored() {
        _setValue(view.worstGrade, 3);
        _setValue(view.outcome, AdverseEventOutcome.FATAL);

        _click(view.submit);

        assertThat(view.worstGrade.isInvalid()).isTrue();
        assertThat(completed).isFalse();
        assertThat(jdbc.queryForObject("select reviewed_at is null from app.adverse_event where id = ?", Boolean.class, eventId)).isTrue();
    }

    @Test
    void aCompleteReviewIsStored() {
        _setValue(view.worstGrade, 3);
        _setValue(view.outcome, AdverseEventOutcome.RESOLVED);
        _setValue(view.expectedSideEffect, false);

        _click(view.submit);

        assertThat(completed).isTrue();
        assertThat(jdbc.queryForMap("select worst_grade, outcome, reviewed_by from app.adverse_event where id = ?", eventId))
                .containsEntry("worst_grade", 3).containsEntry("outcome", "RESOLVED").containsEntry("reviewed_by", "radiologist");
    }
}
