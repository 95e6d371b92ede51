package org.ablationpath.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.CaseWalk;
import org.ablationpath.MovableClock;
import org.ablationpath.TestCases;
import org.ablationpath.outcomes.RegistryRecompute;
import org.ablationpath.procedure.ProcedureForms;
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

    @Test
    void everyBoardDecisionOfTheCaseCountsForTheOverrideRate() {
        // QI-11 counts decisions: the concordant first decision, then a rediscussion departing from the engine
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        LocalDate session = walk.toResponseAssessment("OUT-" + UUID.randomUUID().toString().substring(0, 8));
        UUID caseId = walk.caseId();
        jdbc.update("""
                insert into app.board_decision (id, case_id, center_id, decision_code, intent, rationale, override_reason,
                  concordant, task_id, decided_by, decided_at)
                values (?, ?, 'C01', 'ABLATION', 'CURATIVE', 'LTP rediscussion', 'Board re-ablates against the engine status.',
                  false, ?, 'board', now())""", UUID.randomUUID(), caseId, "rediscussion-" + UUID.randomUUID());
        walk.assessResponse(session.plusDays(21), true, "COMPLETE");
        recompute.recomputeQueued();

        assertThat(patientRow(caseId)).containsAllEntriesOf(Map.of("board_concordant", true, "board_decisions", 2,
                "board_discordant", 1));
    }

    @Test
    void aBoardDecisionQueuesItsCaseForTheRecompute() {
        // a rediscussion's decision counts for QI-11 even when no session or imaging follows it
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        UUID caseId = walk.refer(TestCases.hccCase("OUT-" + UUID.randomUUID().toString().substring(0, 8)));
        recompute.recomputeQueued();
        walk.complete("board", "board-review", TestCases.JSON.createObjectNode().put("decisionCode", "ABLATION")
                .put("intent", "CURATIVE").put("rationale", "Single HCC within Milan, Child-Pugh A."));

        assertThat(jdbc.queryForObject("select count(*) from app.outcome_recompute_queue where case_id = ?", Long.class,
                caseId)).isEqualTo(1L);
    }

    @Test
    void technicalSuccessIsKeptPerTumour() {
        // two HCCs, one session treating both: the operator records success for T1 and failure for T2 (OUT-01)
        ObjectNode document = TestCases.hccCase("OUT-" + UUID.randomUUID().toString().substring(0, 8));
        ObjectNode second = ((ObjectNode) document.path("tumors").get(0)).deepCopy();
        second.put("tumorId", "T2").put("segment", 7).put("maxDiameterMm", 18);
        ((ArrayNode) document.path("tumors")).add(second);
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        UUID caseId = walk.refer(document);
        walk.complete("board", "board-review", TestCases.JSON.createObjectNode().put("decisionCode", "ABLATION")
                .put("intent", "CURATIVE").put("rationale", "Two HCCs within Milan, Child-Pugh A."));
        LocalDate session = LocalDate.now(clock).plusDays(14);
        walk.complete("nurse", "pre-procedure-checklist", ProcedureForms.checklist(session, LocalDate.now(clock)));
        walk.travelTo(session);
        ObjectNode record = ProcedureForms.procedureRecord(session, "T1", "T2");
        ((ObjectNode) record.path("technicalSuccess").get(1)).put("success", false);
        walk.complete("radiologist", "procedure-record", record);
        recompute.recomputeQueued();

        assertThat(jdbc.queryForList("select tumor_id, technical_success from app.outcome_tumour where case_id = ?"
                + " order by tumor_id", caseId)).containsExactly(Map.of("tumor_id", "T1", "technical_success", true),
                Map.of("tumor_id", "T2", "technical_success", false));
        assertThat(patientRow(caseId)).containsEntry("technical_success", false);
    }

    @Test
    void aSurveillanceVisitsImagingFreeOfDiseaseCensorsTheImagingEndpoints() {
        // outcomes.md section 2, example B: censored at the last imaging that showed the patient free of the event
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        UUID caseId = walk.toFirstSurveillanceVisit("OUT-" + UUID.randomUUID().toString().substring(0, 8));
        LocalDate visit = LocalDate.now(clock);
        walk.complete("nurse", "follow-up-visit", visitWithT1Read(visit, "NO_EVIDENCE_OF_DISEASE", "COMPLETE", "NONVIABLE"));
        recompute.recomputeQueued();

        Map<String, Object> row = patientRow(caseId);
        int days = daysSinceStart(row, visit);
        assertThat(row).containsAllEntriesOf(Map.of("ltpfs_days", days, "ltpfs_event", false, "ttltp_days", days,
                "ttltp_event", false, "ttr_days", days, "ttr_event", false, "dfs_days", days, "dfs_event", false));
        assertThat(row.get("ltp_date")).isNull();
    }

    @Test
    void aSurveillanceVisitsImagingShowingLtpIsTheLtpEvent() {
        // the nurse records the new distant tumour as the visit's finding; the lesion read shows T1's LTP as well (OUT-05)
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        UUID caseId = walk.toFirstSurveillanceVisit("OUT-" + UUID.randomUUID().toString().substring(0, 8));
        LocalDate visit = LocalDate.now(clock);
        walk.complete("nurse", "follow-up-visit", visitWithT1Read(visit, "NEW_INTRA_ORGAN_TUMOUR", "LTP", "VIABLE"));
        recompute.recomputeQueued();

        Map<String, Object> row = patientRow(caseId);
        int days = daysSinceStart(row, visit);
        assertThat(row).containsAllEntriesOf(Map.of("ltpfs_days", days, "ltpfs_event", true, "ttltp_days", days,
                "ttltp_event", true));
        assertThat(row.get("ltp_date")).hasToString(visit.toString());
        assertThat(jdbc.queryForObject("select ltp_date from app.outcome_tumour where case_id = ? and tumor_id = 'T1'",
                LocalDate.class, caseId)).isEqualTo(visit);
    }

    private static ObjectNode visitWithT1Read(LocalDate visit, String finding, String response, String liradsTr) {
        ObjectNode form = TestCases.JSON.createObjectNode().put("visitDate", visit.toString())
                .put("contactType", "IMAGING_ONLY").put("ecog", 0).put("finding", finding);
        form.putArray("lesions").addObject().put("tumorId", "T1").put("response", response).put("liradsTr", liradsTr);
        return form;
    }

    private static int daysSinceStart(Map<String, Object> row, LocalDate day) {
        return (int) ChronoUnit.DAYS.between(LocalDate.parse(row.get("start_date").toString()), day);
    }

    private Map<String, Object> patientRow(UUID caseId) {
        return jdbc.queryForMap("select * from app.outcome_patient where case_id = ?", caseId);
    }
}
