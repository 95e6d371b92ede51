package org.ablationpath.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.CaseWalk;
import org.ablationpath.MovableClock;
import org.ablationpath.outcomes.RegistryRecompute;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry's rows of a case walked through the pathway's screens' API: what the timeline reader gathers from the
 * referral, board, procedure, imaging and follow-up modules reaches the stored outcomes once the events it queued are
 * computed.
 */
@AblationPathTest
class OutcomeRowsOfAWalkedCaseTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryRecompute recompute;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aCaseAblatedAndImagedHasItsOutcomeRows() {
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        LocalDate session = walk.toResponseAssessment("OUT-" + UUID.randomUUID().toString().substring(0, 8));
        UUID caseId = walk.caseId();
        recompute.recomputeQueued();

        // after the session: who, what and how, technical success known, efficacy waiting for the response imaging
        assertThat(patientRow(caseId)).containsAllEntriesOf(Map.of("center_id", "C01", "organ", "LIVER", "histology", "HCC",
                "modality", "RFA", "intent", "CURATIVE", "mdt_before_first_session", true, "board_concordant", true,
                "technical_success", true, "technique_efficacy", "NOT_EVALUABLE", "technique_efficacy_reason", "PENDING"));
        assertThat(patientRow(caseId).get("start_date")).hasToString(session.toString());

        // complete ablation on contrast imaging at day 21: primary technique efficacy, the imaging in its window
        walk.assessResponse(session.plusDays(21), true, "COMPLETE");
        recompute.recomputeQueued();
        Map<String, Object> assessed = patientRow(caseId);
        assertThat(assessed).containsAllEntriesOf(Map.of("technique_efficacy", "COMPLETE", "primary_efficacy", true,
                "response_imaging_due", true, "response_imaging_in_window", true, "os_days", 21, "os_event", false,
                "ltpfs_event", false));
        assertThat(assessed.get("missing_fields")).isNull();
        assertThat(jdbc.queryForMap("select tumor_id, technical_success, technique_efficacy from app.outcome_tumour"
                + " where case_id = ?", caseId)).isEqualTo(Map.of("tumor_id", "T1", "technical_success", true,
                "technique_efficacy", "COMPLETE"));
        assertThat(jdbc.queryForMap("select session_date, liver, thirty_day_death from app.outcome_session"
                + " where case_id = ?", caseId)).containsEntry("liver", true).containsEntry("thirty_day_death", false)
                .hasEntrySatisfying("session_date", date -> assertThat(date).hasToString(session.toString()));
    }

    private Map<String, Object> patientRow(UUID caseId) {
        return jdbc.queryForMap("select * from app.outcome_patient where case_id = ?", caseId);
    }
}
