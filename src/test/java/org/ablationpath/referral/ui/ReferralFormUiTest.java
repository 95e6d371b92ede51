package org.ablationpath.referral.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.referral.ReferralService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The referral screen shows every error next to its field and stores nothing until the whole case is valid. */
@AblationPathTest
class ReferralFormUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReferralService referrals;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private ReferralFormView view;

    @BeforeEach
    void openForm() {
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");
        MockedScreens.open(context);
        view = new ReferralFormView(referrals, json);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void emptyFormShowsEachErrorBesideItsFieldAndStoresNothing() {
        int casesBefore = countCases();

        _click(view.submit);

        assertThat(view.pseudonym.isInvalid()).isTrue();
        assertThat(view.sex.isInvalid()).isTrue();
        assertThat(view.birthDate.isInvalid()).isTrue();
        assertThat(view.ecog.isInvalid()).isTrue();
        assertThat(view.question.isInvalid()).isTrue();
        assertThat(view.platelets.isInvalid()).isTrue();
        assertThat(view.inr.isInvalid()).isTrue();
        assertThat(view.labDate.isInvalid()).isTrue();
        assertThat(view.fitForSurgery.isInvalid()).isTrue();
        assertThat(view.source.isInvalid()).isFalse();
        assertThat(view.pseudonym.getErrorMessage()).isNotBlank();
        assertThat(countCases()).isEqualTo(casesBefore);
    }

    @Test
    void outOfRangeValuesAreRejectedOnTheScreen() {
        fillValidLiverCase("UI-RANGE-" + System.nanoTime());
        _setValue(view.inr, 12.0);
        _setValue(view.ecog, 7);

        _click(view.submit);

        assertThat(view.inr.isInvalid()).isTrue();
        assertThat(view.ecog.isInvalid()).isTrue();
        assertThat(view.pseudonym.isInvalid()).isFalse();
    }

    @Test
    void ruleErrorsFromTheServiceAppearBesideTheirFieldsAndNothingIsStored() {
        fillValidLiverCase("UI-VAL-" + System.nanoTime());
        // the liver rules need bilirubin and albumin (VAL-01); the screen's own checks do not know that
        _setValue(view.bilirubin, null);
        int casesBefore = countCases();

        _click(view.submit);

        assertThat(view.bilirubin.isInvalid()).isTrue();
        assertThat(view.bilirubin.getErrorMessage()).contains("VAL-01");
        assertThat(countCases()).isEqualTo(casesBefore);
    }

    @Test
    void aValidReferralIsStoredAndStartsThePathway() {
        String pseudonym = "UI-OK-" + System.nanoTime();
        fillValidLiverCase(pseudonym);

        _click(view.submit);

        assertThat(jdbc.queryForObject("select count(*) from app.clinical_case c join app.patient p on p.id = c.patient_id "
                + "where p.pseudonym = ? and c.stage = 'MDT_REVIEW'", Integer.class, pseudonym)).isEqualTo(1);
    }

    private void fillValidLiverCase(String pseudonym) {
        LocalDate today = LocalDate.now();
        _setValue(view.question, "Single HCC, ablation candidate?");
        _setValue(view.pseudonym, pseudonym);
        _setValue(view.sex, "M");
        _setValue(view.birthDate, LocalDate.of(1960, 4, 2));
        _setValue(view.ecog, 0);
        _setValue(view.fitForSurgery, "BORDERLINE");
        _setValue(view.cirrhosis, true);
        _setValue(view.labDate, today.minusDays(3));
        _setValue(view.platelets, 160.0);
        _setValue(view.inr, 1.1);
        _setValue(view.bilirubin, 17.0);
        _setValue(view.albumin, 40.0);
        _setValue(view.referralDate, today.minusDays(1));
        _setValue(view.imagingDate, today.minusDays(10));
        TumorRowEditor tumor = com.github.mvysny.kaributesting.v10.LocatorJ._get(view, TumorRowEditor.class);
        _setValue(tumor.organ, "LIVER");
        _setValue(tumor.histology, "HCC");
        _setValue(tumor.diagnosisBasis, "BIOPSY");
        _setValue(tumor.maxDiameterMm, 21.0);
    }

    private int countCases() {
        return jdbc.queryForObject("select count(*) from app.clinical_case", Integer.class);
    }
}
