package org.ablationpath.pathway.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.pathway.Deviation;
import org.ablationpath.pathway.DeviationCode;
import org.ablationpath.pathway.PathwayDeviations;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/** The chair gives the reason for an overdue review on the task screen: a missing code is shown at its field. */
@AblationPathTest
class DeviationReasonEditorUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseTasks tasks;
    @Autowired
    PathwayDeviations deviations;
    @Autowired
    DeviationReasonEditor editor;

    @BeforeEach
    void setUp() {
        MockedScreens.open(context);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void aMissingReasonIsShownAtItsFieldAndAGivenOneCompletesTheTask() {
        UUID caseId = TestCases.refer(rest.withBasicAuth("physician", "demo"), TestCases.hccCase(TestCases.uniquePseudonym("DEV")));
        deviations.record(caseId, "C01", DeviationCode.WORKUP_OVERDUE);
        UUID deviationId = deviations.record(caseId, "C01", DeviationCode.BOARD_REVIEW_OVERDUE);
        deviations.record(caseId, "C01", DeviationCode.FIRST_TREATMENT_OVERDUE);
        String taskId = FormTasks.openTask(engine, caseId, "C01", "deviation-reason", "BOARD_CHAIR", deviationId.toString());
        MockedScreens.signIn("chair", "C01", "BOARD_CHAIR", "TUMOR_BOARD");
        TaskItem task = tasks.task(taskId).orElseThrow();
        AtomicBoolean completed = new AtomicBoolean();
        VerticalLayout view = (VerticalLayout) editor.create(task, () -> completed.set(true));
        UI.getCurrent().add(view);
        assertThat(_get(view, Paragraph.class).getText()).isEqualTo("Board review overdue (TMR-02)");

        _click(_get(view, Button.class, spec -> spec.withId("submit-deviation-reason")));
        @SuppressWarnings("unchecked")
        ComboBox<String> reason = _get(view, ComboBox.class, spec -> spec.withId("reasonCode"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(completed).isFalse();

        _setValue(reason, "CAPACITY");
        _click(_get(view, Button.class, spec -> spec.withId("submit-deviation-reason")));

        assertThat(completed).isTrue();
        Deviation explained = deviations.of(caseId).stream().filter(d -> d.id().equals(deviationId)).findFirst().orElseThrow();
        assertThat(explained.reasonCode()).isEqualTo("CAPACITY");
        assertThat(explained.reasonBy()).isEqualTo("chair");
    }
}
