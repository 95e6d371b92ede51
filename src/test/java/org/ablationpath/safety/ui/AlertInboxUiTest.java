package org.ablationpath.safety.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.LitCells;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.safety.Alert;
import org.ablationpath.safety.AlertDrafts;
import org.ablationpath.safety.AlertPriority;
import org.ablationpath.safety.Alerts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The alert inbox: the physician's alert is listed; the note is required next to its field; a conflict is explained. */
@AblationPathTest
class AlertInboxUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    Alerts alerts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private Alert alert;
    private AlertInboxView view;

    @BeforeEach
    void openInbox() {
        UUID caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("ALERT-UI")));
        alert = alerts.raise(AlertDrafts.draft(caseId, "ALR-03", AlertPriority.P2_URGENT, AlertDrafts.newCause(), clock.instant(),
                "REFERRING_PHYSICIAN", "NURSE")).alert();
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");
        MockedScreens.open(context);
        view = new AlertInboxView(alerts, currentUser);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void theAlertIsListedWithItsCountAndAnEmptyNoteIsRefusedNextToTheField() {
        assertThat(view.shown()).filteredOn(a -> a.id().equals(alert.id())).singleElement()
                .satisfies(a -> assertThat(a.occurrenceCount()).isEqualTo(1))
                .satisfies(a -> assertThat(a.patientPseudonym()).startsWith("ALERT-UI-"));
        Alert row = shownRow();
        assertThat(LitCells.property(view.grid, "state", row, "state")).isEqualTo("open");
        assertThat(LitCells.property(view.grid, "priority", row, "theme")).isEqualTo("badge error");
        assertThat(LitCells.property(view.grid, "patient", row, "patient")).isEqualTo(row.patientPseudonym());
        assertThat(LitCells.template(view.grid, "patient")).contains("href=\"cases/${item.caseId}\"");
        assertThat(LitCells.property(view.grid, "acknowledge", row, "label")).isEqualTo("Acknowledge");
        assertThat(LitCells.property(view.grid, "acknowledge", row, "id")).isEqualTo(alert.id().toString());
        LitCells.call(view.grid, "acknowledge", row, "select");
        assertThat(view.acknowledgePanel.isVisible()).isTrue();
        assertThat(view.selectedSummary.getText()).startsWith("ALR-03");

        _click(view.acknowledge);

        assertThat(view.note.isInvalid()).isTrue();
        assertThat(view.note.getErrorMessage()).isEqualTo("A short note is required to acknowledge an alert.");
        assertThat(jdbc.queryForObject("select acknowledged_at is null from app.alert where id = ?", Boolean.class, alert.id())).isTrue();
    }

    @Test
    void anAcknowledgementWithANoteIsStoredAndTheAlertMovesBelowTheOpenOnes() {
        view.select(alert);
        _setValue(view.note, "Patient called back, stable; review tomorrow.");

        _click(view.acknowledge);

        assertThat(view.acknowledgePanel.isVisible()).isFalse();
        assertThat(jdbc.queryForMap("select acknowledged_by, acknowledgement_note from app.alert where id = ?", alert.id()))
                .containsEntry("acknowledged_by", "physician")
                .containsEntry("acknowledgement_note", "Patient called back, stable; review tomorrow.");
        assertThat(view.shown()).filteredOn(a -> a.id().equals(alert.id())).singleElement()
                .satisfies(a -> assertThat(a.acknowledged()).isTrue());
        assertThat(LitCells.property(view.grid, "state", shownRow(), "state")).isEqualTo("acknowledged");
        assertThat(LitCells.property(view.grid, "acknowledge", shownRow(), "label")).isEqualTo("");
    }

    private Alert shownRow() {
        return view.shown().stream().filter(a -> a.id().equals(alert.id())).findFirst().orElseThrow();
    }

    @Test
    void whenSomeoneElseAcknowledgedFirstTheUserIsToldAndNothingIsOverwritten() {
        view.select(alert);
        MockedScreens.signIn("nurse", "C01", "NURSE");
        alerts.acknowledge(alert.id(), "Nurse saw it first.", alert.version());
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");
        _setValue(view.note, "Seen.");

        _click(view.acknowledge);

        assertThat(view.error.getText()).startsWith("Someone else acknowledged this alert");
        assertThat(jdbc.queryForObject("select acknowledged_by from app.alert where id = ?", String.class, alert.id())).isEqualTo("nurse");
    }
}
