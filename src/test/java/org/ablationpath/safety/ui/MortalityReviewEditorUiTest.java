package org.ablationpath.safety.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.platform.workflow.CaseSection;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.safety.AlertDraft;
import org.ablationpath.safety.AlertPriority;
import org.ablationpath.safety.Alerts;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The M&M review screen (TMR-11): a review before the death is refused beside the date; a complete one is stored. */
@AblationPathTest
class MortalityReviewEditorUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseTasks tasks;
    @Autowired
    Alerts alerts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private UUID caseId;
    private LocalDate death;
    private MortalityReviewFormView view;
    private final AtomicBoolean completed = new AtomicBoolean();

    @BeforeEach
    void openReview() {
        caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("MM-UI")));
        death = LocalDate.now(clock).minusDays(3);
        // the ALR-01 alert the rules raise for a death within 30 days of a session opens the review
        alerts.raise(new AlertDraft(caseId, "C01", "ALR-01", AlertPriority.P1_IMMEDIATE, "DEATH:" + death,
                "Death on day 12 after the ablation session", "Morbidity and mortality review within 14 days",
                List.of("BOARD_CHAIR", "INTERVENTIONAL_RADIOLOGIST"), null, null, "test"));
        String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId.toString())
                .taskDefinitionKey("Activity_MortalityReview").singleResult().getId();
        MockedScreens.signIn("chair", "C01", "TUMOR_BOARD", "BOARD_CHAIR");
        MockedScreens.open(context);
        TaskFormEditor editor = context.getBeansOfType(TaskFormEditor.class).values().stream()
                .filter(e -> "mortality-review".equals(e.formKey())).findFirst().orElseThrow();
        view = (MortalityReviewFormView) editor.create(tasks.task(taskId).orElseThrow(), () -> completed.set(true));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void aReviewDatedBeforeTheDeathIsShownBesideTheDateAndNothingIsStored() {
        fill(death.minusDays(1));

        _click(view.submit);

        assertThat(view.reviewDate.isInvalid()).isTrue();
        assertThat(completed).isFalse();
        assertThat(reviews()).isZero();
    }

    @Test
    void aCompleteReviewIsStored() {
        fill(LocalDate.now(clock));

        _click(view.submit);

        assertThat(completed).isTrue();
        assertThat(jdbc.queryForObject("select procedure_related from app.mortality_review where case_id = ?",
                Boolean.class, caseId)).isTrue();
        // and the case page shows it
        com.vaadin.flow.component.Component section = context.getBeansOfType(CaseSection.class).values().stream()
                .filter(s -> "mortalityReviews".equals(s.key())).findFirst().orElseThrow().render(caseId);
        assertThat(section.isVisible()).isTrue();
        assertThat(section.getElement().getTextRecursively()).contains("Death procedure-related")
                .contains("Haemorrhage from the ablation tract on day 2.");
    }

    private void fill(LocalDate reviewDate) {
        _setValue(view.reviewDate, reviewDate);
        _setValue(view.procedureRelated, true);
        _setValue(view.summary, "Haemorrhage from the ablation tract on day 2.");
    }

    private long reviews() {
        return jdbc.queryForObject("select count(*) from app.mortality_review where case_id = ?", Long.class, caseId);
    }
}
