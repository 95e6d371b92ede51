package org.ablationpath.imaging.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.imaging.ImagingModality;
import org.ablationpath.imaging.LiradsTreatmentResponse;
import org.ablationpath.imaging.ResponseAssessmentSummary;
import org.ablationpath.imaging.ResponseAssessments;
import org.ablationpath.imaging.ResponseFinding;
import org.ablationpath.imaging.TumorResponse;
import org.ablationpath.platform.workflow.CaseTasks;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/** The response assessment screen on a real task of an HCC case: errors beside their fields, valid input completes it. */
@AblationPathTest
class ResponseAssessmentEditorUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ResponseAssessmentEditor editor;
    @Autowired
    CaseTasks tasks;
    @Autowired
    ResponseAssessments assessments;

    private UUID caseId;
    private String taskId;
    private ResponseAssessmentFormView view;
    private boolean completed;

    @BeforeEach
    void openTheTask() {
        caseId = TestCases.refer(rest, hccCase(uniquePseudonym("IMG-UI")));
        taskId = FormTasks.openTask(engine, caseId, "C01", "response-assessment", "INTERVENTIONAL_RADIOLOGIST");
        MockedScreens.signIn("radiologist", "C01", "INTERVENTIONAL_RADIOLOGIST");
        MockedScreens.open(context);
        view = (ResponseAssessmentFormView) editor.create(tasks.task(taskId).orElseThrow(), () -> completed = true);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void oneRowPerTumourWithLiradsForHccAndTheMarginTargetBesideTheMargin() {
        assertThat(view.rows).hasSize(1);
        TumorAssessmentRow row = view.rows.get(0);
        assertThat(row.liradsTr).as("LR-TR for an HCC").isNotNull();
        assertThat(row.minimalMarginMm.getHelperText()).isEqualTo("Target: at least 5 mm");
    }

    @Test
    void anEmptyFormMarksEachRequiredFieldAndCompletesNothing() {
        _click(view.submit);

        assertThat(view.studyDate.isInvalid()).isTrue();
        assertThat(view.modality.isInvalid()).isTrue();
        assertThat(view.contrast.isInvalid()).isTrue();
        assertThat(view.newIntraOrganTumour.isInvalid()).isTrue();
        assertThat(view.extraOrganDisease.isInvalid()).isTrue();
        assertThat(view.rows.get(0).response.isInvalid()).isTrue();
        assertThat(view.rows.get(0).liradsTr.isInvalid()).isTrue();
        assertThat(view.rows.get(0).minimalMarginMm.isInvalid()).as("optional").isFalse();
        assertThat(view.note.isInvalid()).isFalse();
        assertThat(completed).isFalse();
        assertThat(assessments.latest(caseId)).isEmpty();
    }

    @Test
    void aProblemTheServiceFindsIsShownBesideItsField() {
        fillValid();
        _setValue(view.rows.get(0).liradsTr, LiradsTreatmentResponse.VIABLE);

        _click(view.submit);

        assertThat(view.rows.get(0).liradsTr.isInvalid()).isTrue();
        assertThat(view.rows.get(0).liradsTr.getErrorMessage()).contains("contradicts the response COMPLETE");
        assertThat(view.rows.get(0).response.isInvalid()).isFalse();
        assertThat(view.otherErrors.getChildren()).isEmpty();
        assertThat(completed).isFalse();
        assertThat(assessments.latest(caseId)).isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void petCtForAnHccIsShownBesideTheModality() {
        fillValid();
        _setValue(view.modality, ImagingModality.PET_CT);

        _click(view.submit);

        assertThat(view.modality.isInvalid()).isTrue();
        assertThat(view.modality.getErrorMessage()).contains("PET-CT is never used for HCC", "FUP-LIV-01");
        assertThat(view.otherErrors.getChildren()).isEmpty();
        assertThat(completed).isFalse();
        assertThat(assessments.latest(caseId)).isEmpty();
    }

    @Test
    void validInputCompletesTheTaskAndTheCasePageShowsTheMarginWithItsTarget() {
        fillValid();

        _click(view.submit);

        assertThat(completed).isTrue();
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
        ResponseAssessmentSummary stored = assessments.latest(caseId).orElseThrow();
        assertThat(stored.finding()).isEqualTo(ResponseFinding.COMPLETE);
        assertThat(stored.tumors().get(0).minimalMarginMm()).isEqualByComparingTo("6.5");
        assertThat(stored.tumors().get(0).ablationZoneMaxMm()).isEqualTo(38);
        assertThat(new ImagingPanel(assessments.ofCase(caseId)).margin(stored.tumors().get(0)))
                .isEqualTo("6.5 mm · target at least 5 mm");
    }

    private void fillValid() {
        _setValue(view.studyDate, LocalDate.now().minusDays(4));
        _setValue(view.modality, ImagingModality.CT);
        _setValue(view.contrast, true);
        _setValue(view.newIntraOrganTumour, false);
        _setValue(view.extraOrganDisease, false);
        TumorAssessmentRow row = view.rows.get(0);
        _setValue(row.response, TumorResponse.COMPLETE);
        _setValue(row.liradsTr, LiradsTreatmentResponse.NONVIABLE);
        _setValue(row.minimalMarginMm, new BigDecimal("6.5"));
        _setValue(row.ablationZoneMaxMm, 38);
    }
}
