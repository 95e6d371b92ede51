package org.ablationpath.safety.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.platform.workflow.CaseSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The case page's "Report adverse event" dialog: errors beside their fields, grades by term, nothing stored until valid. */
@AblationPathTest
class ReportAdverseEventDialogUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private UUID caseId;
    private AdverseEventsPanel panel;

    @BeforeEach
    void openCaseSection() {
        caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("AE-UI")));
        MockedScreens.signIn("nurse", "C01", "NURSE");
        MockedScreens.open(context);
        CaseSection section = context.getBeansOfType(CaseSection.class).values().stream()
                .filter(s -> "adverseEvents".equals(s.key())).findFirst().orElseThrow();
        panel = (AdverseEventsPanel) section.render(caseId);
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void emptyReportShowsEachErrorBesideItsFieldAndStoresNothing() {
        _click(panel.report);
        ReportAdverseEventDialog dialog = LocatorJ._get(ReportAdverseEventDialog.class);

        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.onsetDate.isInvalid()).isTrue();
        assertThat(dialog.ctcaeTerm.isInvalid()).isTrue();
        assertThat(dialog.gradeAtOnset.isInvalid()).isTrue();
        assertThat(dialog.ctcaeTerm.getErrorMessage()).isNotBlank();
        assertThat(dialog.description.isInvalid()).isFalse();
        assertThat(storedEvents()).isZero();
    }

    @Test
    void theGradesOfferedAreThoseTheTermDefinesAndAFutureOnsetIsRefused() {
        _click(panel.report);
        ReportAdverseEventDialog dialog = LocatorJ._get(ReportAdverseEventDialog.class);

        _setValue(dialog.ctcaeTerm, "Sepsis");
        assertThat(dialog.gradeAtOnset.getListDataView().getItems()).containsExactly(3, 4, 5);

        _setValue(dialog.gradeAtOnset, 3);
        _setValue(dialog.onsetDate, LocalDate.now(clock).plusDays(2));
        _click(dialog.save);

        assertThat(dialog.onsetDate.isInvalid()).isTrue();
        assertThat(dialog.onsetDate.getErrorMessage()).contains("future");
        assertThat(dialog.gradeAtOnset.isInvalid()).isFalse();
        assertThat(storedEvents()).isZero();
    }

    @Test
    void aValidReportIsStoredAndListedAwaitingReview() {
        _click(panel.report);
        ReportAdverseEventDialog dialog = LocatorJ._get(ReportAdverseEventDialog.class);

        _setValue(dialog.onsetDate, LocalDate.now(clock).minusDays(1));
        _setValue(dialog.ctcaeTerm, "Pleural effusion");
        _setValue(dialog.gradeAtOnset, 2);
        _setValue(dialog.description, "Symptomatic right effusion after a dome lesion; thoracentesis.");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select ctcae_term_code from app.adverse_event where case_id = ?", String.class, caseId))
                .isEqualTo("10035598");
        assertThat(LocatorJ._get(panel, com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("review-state")).getText()).isEqualTo("Awaiting review");
    }

    @Test
    void theDetailsAndTheCirseFactsAreStoredWithTheEventAndABadStayIsNamedBesideItsField() {
        _click(panel.report);
        ReportAdverseEventDialog dialog = LocatorJ._get(ReportAdverseEventDialog.class);
        LocalDate today = LocalDate.now(clock);
        _setValue(dialog.onsetDate, today.minusDays(4));
        _setValue(dialog.ctcaeTerm, "Hepatic infection");
        _setValue(dialog.gradeAtOnset, 3);
        _setValue(dialog.attribution, org.ablationpath.safety.Attribution.PROBABLE);
        _setValue(dialog.interventions, java.util.Set.of(org.ablationpath.safety.Intervention.PERCUTANEOUS_DRAINAGE));
        _setValue(dialog.hospitalized, true);
        assertThat(dialog.admissionDate.isVisible()).isTrue();
        _setValue(dialog.admissionDate, today.minusDays(3));
        _setValue(dialog.dischargeDate, today.minusDays(5));
        _setValue(dialog.outcome, org.ablationpath.safety.AdverseEventOutcome.ONGOING);
        _setValue(dialog.additionalTherapy, true);
        _setValue(dialog.sequelae, org.ablationpath.safety.Sequelae.NONE);
        _setValue(dialog.additionalHospitalDays, 3);

        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.dischargeDate.isInvalid()).isTrue();
        assertThat(dialog.dischargeDate.getErrorMessage()).contains("admission");
        assertThat(storedEvents()).isZero();

        _setValue(dialog.dischargeDate, today.minusDays(1));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select attribution || ':' || interventions || ':' || hospitalized || ':' || outcome || ':' "
                + "|| additional_therapy || ':' || sequelae || ':' || cirse2017_grade from app.adverse_event where case_id = ?",
                String.class, caseId)).isEqualTo("PROBABLE:PERCUTANEOUS_DRAINAGE:true:ONGOING:true:NONE:3");
        assertThat(LocatorJ._get(panel, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withClasses("ae-details")).getText()).contains("Percutaneous drainage").contains("Probable");
    }

    private int storedEvents() {
        return jdbc.queryForObject("select count(*) from app.adverse_event where case_id = ?", Integer.class, caseId);
    }
}
