package org.ablationpath.procedure.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.platform.workflow.CaseSection;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.procedure.Anaesthesia;
import org.ablationpath.procedure.ApplicatorType;
import org.ablationpath.procedure.Approach;
import org.ablationpath.procedure.Guidance;
import org.ablationpath.procedure.IntentType;
import org.ablationpath.procedure.Modality;
import org.ablationpath.procedure.ProcedureSetting;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The procedure record screen on a real task: problems beside their fields, rows by modality, completion. */
@AblationPathTest
class ProcedureRecordEditorUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseTasks tasks;
    @Autowired
    List<TaskFormEditor> editors;
    @Autowired
    JdbcTemplate jdbc;

    private UUID caseId;
    private String taskId;
    private ProcedureRecordView view;
    private boolean completed;

    @BeforeEach
    void openTheTask() {
        caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("PROC-UI")));
        taskId = FormTasks.openTask(engine, caseId, "C01", "procedure-record", "INTERVENTIONAL_RADIOLOGIST");
        MockedScreens.signIn("radiologist", "C01", "INTERVENTIONAL_RADIOLOGIST");
        MockedScreens.open(context);
        TaskItem task = tasks.task(taskId).orElseThrow();
        TaskFormEditor editor = editors.stream().filter(e -> "procedure-record".equals(e.formKey())).findFirst().orElseThrow();
        view = (ProcedureRecordView) editor.create(task, () -> completed = true);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void aMissingPowerForRadiofrequencyIsShownBesideThePowerFieldAndNothingIsStored() {
        fillSession();
        ApplicationRowEditor row = view.rows.get(0);
        fillRadiofrequency(row);
        _setValue(row.powerW, null);
        _setValue(view.technicalSuccess.answerFor("T1"), true);

        _click(view.submit);

        assertThat(row.powerW.isInvalid()).isTrue();
        assertThat(row.powerW.getErrorMessage()).contains("outcomes.md 4.10");
        assertThat(row.durationSec.isInvalid()).isFalse();
        assertThat(completed).isFalse();
        assertThat(storedSessions()).isZero();
    }

    @Test
    void theRowShowsTheParametersOfItsModality() {
        ApplicationRowEditor row = view.rows.get(0);

        _setValue(row.modality, Modality.CRYO);

        assertThat(row.freezeThawCycles.isVisible()).isTrue();
        assertThat(row.freezeMinutes.isRequiredIndicatorVisible()).isTrue();
        assertThat(row.powerW.isVisible()).isFalse();
        assertThat(row.voltageV.isVisible()).isFalse();

        _setValue(row.modality, Modality.ECT);

        assertThat(row.ectDrug.isVisible()).isTrue();
        assertThat(row.freezeThawCycles.isVisible()).isFalse();
        assertThat(row.durationSec.isVisible()).isFalse();
    }

    @Test
    void rowsAreAddedAndRemovedAndTheTechnicalSuccessFollowsTheirTumours() {
        assertThat(view.rows).hasSize(1);
        assertThat(view.rows.get(0).remove.isEnabled()).as("the only row cannot be removed").isFalse();
        assertThat(view.technicalSuccess.answerFor("T1")).isNotNull();

        _click(view.addApplication);

        assertThat(view.rows).hasSize(2);
        assertThat(view.rows.get(1).tumorId.getValue()).isEqualTo("T1");
        assertThat(view.rows.get(1).numberOfApplicators.getId()).contains("applications-1-numberOfApplicators");
        _click(view.rows.get(0).remove);
        assertThat(view.rows).hasSize(1);
        assertThat(view.rows.get(0).numberOfApplicators.getId()).contains("applications-0-numberOfApplicators");
        assertThat(view.technicalSuccess.answerFor("T1")).isNotNull();
    }

    @Test
    void aValidRecordCompletesTheTaskAndIsStored() {
        fillSession();
        fillRadiofrequency(view.rows.get(0));
        _setValue(view.technicalSuccess.answerFor("T1"), true);

        _click(view.submit);

        assertThat(view.otherErrors.getChildren()).isEmpty();
        assertThat(completed).isTrue();
        assertThat(storedSessions()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void everyProcedureScreenAndTheCaseSectionFindAllTheirTexts() {
        fillSession();
        fillRadiofrequency(view.rows.get(0));
        _setValue(view.technicalSuccess.answerFor("T1"), false);
        _click(view.submit);
        assertThat(completed).isTrue();
        MockedScreens.signIn("nurse", "C01", "NURSE");
        List<com.vaadin.flow.component.Component> screens = new java.util.ArrayList<>();
        for (String formKey : List.of("pre-procedure-checklist", "post-procedure-discharge")) {
            String nurseTask = FormTasks.openTask(engine, caseId, "C01", formKey, "NURSE");
            TaskFormEditor editor = editors.stream().filter(e -> formKey.equals(e.formKey())).findFirst().orElseThrow();
            screens.add(editor.create(tasks.task(nurseTask).orElseThrow(), () -> { }));
        }
        CaseSection section = context.getBeansOfType(CaseSection.class).values().stream()
                .filter(s -> "procedures".equals(s.key())).findFirst().orElseThrow();
        screens.add(section.render(caseId));
        screens.add(view);

        for (com.vaadin.flow.component.Component screen : screens) {
            UI.getCurrent().add(screen);
            assertThat(ScreenTexts.of(screen)).as("texts of %s", screen.getClass().getSimpleName())
                    .isNotEmpty()
                    .noneMatch(text -> text.contains("!procedure.") || text.contains("!status."));
        }
        assertThat(ScreenTexts.of(screens.get(2))).anyMatch(text -> text.startsWith("Session 1 · "))
                .anyMatch(text -> text.equals("T1: No technical success"));
    }

    private void fillSession() {
        _setValue(view.procedureDate, LocalDate.now());
        _setValue(view.intentType, IntentType.INITIAL);
        _setValue(view.approach, Approach.PERCUTANEOUS);
        _setValue(view.guidance, Set.of(Guidance.US));
        _setValue(view.anaesthesia, Anaesthesia.GENERAL);
        _setValue(view.setting, ProcedureSetting.DAY_CASE);
        _setValue(view.antibioticProphylaxis, false);
    }

    private void fillRadiofrequency(ApplicationRowEditor row) {
        _setValue(row.modality, Modality.RFA);
        _setValue(row.deviceManufacturer, "Medtronic");
        _setValue(row.deviceModel, "Cool-tip ACTC2025");
        _setValue(row.generatorModel, "Cool-tip E Series");
        _setValue(row.applicatorType, ApplicatorType.RF_SINGLE);
        _setValue(row.numberOfApplicators, 1);
        _setValue(row.numberOfPositions, 1);
        _setValue(row.powerW, new java.math.BigDecimal("60"));
        _setValue(row.durationSec, 720);
    }

    private int storedSessions() {
        return jdbc.queryForObject("select count(*) from app.procedure_session where case_id = ?", Integer.class, caseId);
    }
}
