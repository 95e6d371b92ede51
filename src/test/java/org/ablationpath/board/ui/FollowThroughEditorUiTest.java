package org.ablationpath.board.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.board.DecisionCode;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The follow-through screen: the decided treatment preselected, the reason required when it did not start. */
@AblationPathTest
class FollowThroughEditorUiTest {

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

    private UUID caseId;
    private FollowThroughFormView view;
    private final AtomicBoolean completed = new AtomicBoolean();

    @BeforeEach
    void openFollowThrough() {
        caseId = TestCases.refer(rest, TestCases.lowPlateletsCase(TestCases.uniquePseudonym("FT-UI")));
        TestCases.post(rest.withBasicAuth("board", "demo"), "/api/tasks/" + TestCases.boardTaskOf(rest, caseId) + "/complete",
                Map.of("decisionCode", "TACE", "intent", "PALLIATIVE", "rationale", "Bridge with TACE."));
        String taskId = FormTasks.openTask(engine, caseId, "C01", "decision-follow-through", "TUMOR_BOARD");
        MockedScreens.signIn("board", "C01", "TUMOR_BOARD");
        MockedScreens.open(context);
        TaskFormEditor editor = context.getBeansOfType(TaskFormEditor.class).values().stream()
                .filter(e -> "decision-follow-through".equals(e.formKey())).findFirst().orElseThrow();
        view = (FollowThroughFormView) editor.create(tasks.task(taskId).orElseThrow(), () -> completed.set(true));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void aTreatmentNotStartedNeedsItsReasonBesideTheField() {
        assertThat(view.treatmentType.getValue()).isEqualTo(DecisionCode.TACE);
        _setValue(view.treatmentStarted, false);

        _click(view.submit);

        assertThat(view.reasonCode.isInvalid()).isTrue();
        assertThat(completed).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from app.subsequent_treatment where case_id = ?", Integer.class, caseId)).isZero();
    }

    @Test
    void theReasonIsStored() {
        _setValue(view.treatmentStarted, false);
        _setValue(view.reasonCode, "WAITING_FOR_RESULTS");

        _click(view.submit);

        assertThat(completed).isTrue();
        assertThat(jdbc.queryForObject("select reason_code from app.subsequent_treatment where case_id = ?", String.class, caseId))
                .isEqualTo("WAITING_FOR_RESULTS");
    }
}
