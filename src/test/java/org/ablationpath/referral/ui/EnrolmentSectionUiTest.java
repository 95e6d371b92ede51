package org.ablationpath.referral.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.pathway.CaseOverviews;
import org.ablationpath.referral.CaseEnrolment;
import org.ablationpath.referral.CaseEnrolments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/** The enrolment section of the case page: its values, and the edit dialog with messages next to the fields. */
@AblationPathTest
class EnrolmentSectionUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    CaseOverviews overviews;
    @Autowired
    CaseEnrolments enrolments;

    @BeforeEach
    void setUp() {
        MockedScreens.open(context);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    private EnrolmentPanel render(UUID caseId) {
        EnrolmentPanel panel = (EnrolmentPanel) overviews.sections().stream().filter(s -> s.key().equals("enrolment"))
                .findFirst().orElseThrow().render(caseId);
        UI.getCurrent().add(panel);
        return panel;
    }

    @Test
    void thePhysicianEnrolsTheCaseWithExpeditedReportingAndABadTimeIsShownAtItsField() {
        UUID caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("ENRUI")));
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");
        EnrolmentPanel panel = render(caseId);
        Paragraph summary = LocatorJ._get(panel, Paragraph.class, spec -> spec.withId("enrolment-summary"));
        assertThat(summary.getText()).isEqualTo("Not enrolled in a trial or registry.");

        Dialog dialog = panel.openDialog();
        TextField name = LocatorJ._get(dialog, TextField.class, spec -> spec.withId("enrolment-enrolled"));
        IntegerField hours = LocatorJ._get(dialog, IntegerField.class, spec -> spec.withId("enrolment-hours"));
        LocatorJ._get(dialog, Checkbox.class, spec -> spec.withId("enrolment-expedited")).setValue(true);
        hours.setValue(0);
        _click(LocatorJ._get(dialog, Button.class, spec -> spec.withId("enrolment-save")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Name the study or registry whose protocol asks for expedited reporting.");
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Report within 1 to 720 hours.");
        assertThat(enrolments.of(caseId)).contains(CaseEnrolment.none());

        name.setValue("HCC-ABL-01");
        hours.setValue(48);
        _click(LocatorJ._get(dialog, Button.class, spec -> spec.withId("enrolment-save")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(enrolments.of(caseId)).contains(new CaseEnrolment("HCC-ABL-01", true, 48));
        assertThat(summary.getText()).isEqualTo("Enrolled in HCC-ABL-01: serious adverse events are reported within 48 h (ALR-16).");
    }

    @Test
    void aNurseSeesTheEnrolmentButCannotEditIt() {
        UUID caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("ENRUI-N")));
        MockedScreens.signIn("nurse", "C01", "NURSE");

        EnrolmentPanel panel = render(caseId);

        assertThat(LocatorJ._find(panel, Button.class, spec -> spec.withId("edit-enrolment"))).isEmpty();
    }
}
