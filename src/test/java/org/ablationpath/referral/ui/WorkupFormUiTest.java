package org.ablationpath.referral.ui;

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
import org.ablationpath.TestCases;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.referral.CaseDirectory;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The work-up screen: the referral form prefilled from the case, rule errors beside their fields, other data kept. */
@AblationPathTest
class WorkupFormUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseTasks tasks;
    @Autowired
    CaseDirectory cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private UUID caseId;
    private WorkupFormView view;
    private final AtomicBoolean completed = new AtomicBoolean();

    @BeforeEach
    void openWorkup() {
        caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("WU-UI")));
        String taskId = FormTasks.openTask(engine, caseId, "C01", "workup", "REFERRING_PHYSICIAN");
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");
        MockedScreens.open(context);
        TaskItem task = tasks.task(taskId).orElseThrow();
        TaskFormEditor editor = context.getBeansOfType(TaskFormEditor.class).values().stream()
                .filter(e -> "workup".equals(e.formKey())).findFirst().orElseThrow();
        view = (WorkupFormView) editor.create(task, () -> completed.set(true));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void theFormShowsTheStoredCaseWithTheIdentityFixed() {
        assertThat(view.form.platelets.getValue()).isEqualTo(180.0);
        assertThat(view.form.inr.getValue()).isEqualTo(1.1);
        assertThat(view.form.pseudonym.getValue()).startsWith("WU-UI-");
        assertThat(view.form.pseudonym.isReadOnly()).isTrue();
        assertThat(view.form.birthDate.isReadOnly()).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(view.form, TumorRowEditor.class).maxDiameterMm.getValue())
                .isEqualTo(24.0);
    }

    @Test
    void aRuleErrorShowsBesideItsFieldAndNothingChanges() {
        // the liver rules need bilirubin (VAL-01); the screen's own checks do not know that
        _setValue(view.form.bilirubin, null);

        _click(view.form.submit);

        assertThat(view.form.bilirubin.isInvalid()).isTrue();
        assertThat(view.form.bilirubin.getErrorMessage()).contains("VAL-01");
        assertThat(completed).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from app.lab_panel where case_id = ?", Integer.class, caseId)).isEqualTo(1);
    }

    @Test
    void savedValuesReplaceTheStoredOnesAndFieldsNotOnTheScreenAreKept() {
        LocalDate today = LocalDate.now(clock);
        _setValue(view.form.labDate, today);
        _setValue(view.form.platelets, 95.0);
        _setValue(view.note, "Repeat labs.");

        _click(view.form.submit);

        assertThat(completed).isTrue();
        CaseDocument stored = cases.caseDocument(caseId, today);
        assertThat(stored.labs().plateletsE9L().value()).isEqualByComparingTo("95");
        assertThat(stored.labs().collectedDate()).isEqualTo(today.toString());
        // segment and bile-duct distance are not on the screen: the work-up keeps them
        assertThat(stored.tumors().get(0).segment()).isEqualTo(6);
        assertThat(stored.tumors().get(0).distanceToCentralBileDuctMm()).isEqualTo(25);
        assertThat(stored.disease().diffuseInfiltrative()).isFalse();
        assertThat(jdbc.queryForObject("select revision_note from app.clinical_case where id = ?", String.class, caseId))
                .isEqualTo("Repeat labs.");
    }
}
