package org.ablationpath.followup.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.NoScheduleDecision;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/**
 * The screen of "Decide the follow-up: no schedule for this indication": it names the organ without a published
 * schedule, shows a bad date beside its field without storing anything, and plans the visit by hand once valid.
 */
@AblationPathTest
class NoScheduleDecisionUiTest {

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
    NoScheduleDecisionEditor editor;
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
    void theOperatorSeesTheOrganWithoutScheduleAndPlansTheNextVisitByHand() {
        LocalDate today = LocalDate.now(clock);
        ObjectNode document = TestCases.hccCase(TestCases.uniquePseudonym("NOSCHED"));
        ObjectNode tumour = (ObjectNode) document.withArray("tumors").get(0);
        tumour.removeAll();
        tumour.put("tumorId", "T1").put("organ", "OTHER").put("histology", "SOFT_TISSUE_METASTASIS")
                .put("diagnosisBasis", "BIOPSY").put("maxDiameterMm", 24);
        UUID caseId = TestCases.refer(rest, document);
        String taskId = FormTasks.openTask(engine, caseId, "C01", "no-schedule-follow-up", "INTERVENTIONAL_RADIOLOGIST");
        MockedScreens.signIn("radiologist", "C01", "INTERVENTIONAL_RADIOLOGIST");
        TaskItem task = tasks.task(taskId).orElseThrow();
        AtomicBoolean completed = new AtomicBoolean();
        NoScheduleDecisionFormView view = (NoScheduleDecisionFormView) editor.create(task, () -> completed.set(true));
        UI.getCurrent().add(view);

        assertThat(view.indications.getElement().getTextRecursively()).contains("OTHER (SOFT_TISSUE_METASTASIS)", "no published schedule");
        _setValue(view.decision, NoScheduleDecision.PLAN_VISIT);
        assertThat(view.endReason.isVisible()).isFalse();
        _setValue(view.windowStart, today.minusDays(10));
        _setValue(view.targetDate, today.minusDays(3));
        _setValue(view.windowEnd, today.plusDays(4));
        _click(view.submit);

        assertThat(completed).isFalse();
        assertThat(view.targetDate.isInvalid()).as("the past target date is shown beside its field").isTrue();
        assertThat(schedule.visits(caseId)).isEmpty();

        _setValue(view.windowStart, today.plusDays(23));
        _setValue(view.targetDate, today.plusDays(30));
        _setValue(view.windowEnd, today.plusDays(37));
        _click(view.submit);

        assertThat(completed).isTrue();
        assertThat(schedule.visits(caseId)).singleElement().satisfies(visit -> {
            assertThat(visit.scheduleId()).isEqualTo(FollowUpSchedule.MANUAL_SCHEDULE);
            assertThat(visit.targetDate()).isEqualTo(today.plusDays(30));
        });
    }
}
