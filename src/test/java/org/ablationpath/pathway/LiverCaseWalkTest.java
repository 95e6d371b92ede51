package org.ablationpath.pathway;

import static org.ablationpath.TestCases.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.CaseWalk;
import org.ablationpath.MovableClock;
import org.ablationpath.TestCases;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.procedure.ProcedureForms;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * One liver case on PostgreSQL through the whole application, every task completed through the REST API as its
 * role: referral, board (ablation, re-ablation pre-authorised), session 1, residual tumour at the response imaging,
 * re-ablation without the board, session 2, complete response, and the surveillance visits to month 12 — checking
 * the stored schedule against pathway.md 7.2–7.4 (FUP-LIV-01 re-anchored on the re-ablation, FUP-01; windows FUP-02).
 * Time moves by moving the application's and the engine's clocks together; timers fire as due jobs of this case.
 */
@AblationPathTest
class LiverCaseWalkTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MovableClock clock;
    @Autowired
    FollowUpSchedule schedule;

    private final LocalDate d0 = LocalDate.now();
    private CaseWalk walk;
    private UUID caseId;

    @AfterEach
    void backToNow() {
        clock.reset();
        ClockUtil.reset();
    }

    @Test
    void aLiverCaseFromReferralThroughReAblationToTheTwelveMonthVisit() {
        walk = new CaseWalk(rest, engine, clock);
        caseId = walk.refer(TestCases.uniquePseudonym("WALK"));

        walk.complete("board", "board-review", json("""
                {"decisionCode":"ABLATION","intent":"CURATIVE","rationale":"Single HCC 24 mm, Child-Pugh A.",
                 "reAblationPreAuthorised":true}"""));
        LocalDate session1 = d0.plusDays(14);
        LocalDate session2 = ablate(session1, "RESIDUAL_VIABLE", "VIABLE", "INITIAL");
        assertThat(walk.stage()).isEqualTo("PRE_PROCEDURE"); // back in STG-05 without the board: pre-authorised
        ablate(session2, "COMPLETE", "NONVIABLE", "RETREATMENT_RESIDUAL");

        // FUP-01: the grid restarts from the re-ablation; the first grid's planned visits are cancelled
        List<ScheduledVisit> visits = schedule.visits(caseId);
        assertThat(visits).filteredOn(v -> v.status() == VisitStatus.PLANNED)
                .allSatisfy(v -> assertThat(v.targetDate()).isAfter(session2));
        assertThat(visits).filteredOn(v -> v.status() == VisitStatus.CANCELLED).isNotEmpty();
        assertThat(visit(visits, "M1", session2).status()).isEqualTo(VisitStatus.DONE);
        assertThat(visit(visits, "M1", session2).targetDate()).isEqualTo(session2.plusDays(30));
        assertThat(visit(visits, "M1", session2).windowStart()).isEqualTo(session2.plusDays(21));
        assertThat(visit(visits, "M1", session2).windowEnd()).isEqualTo(session2.plusDays(56));
        assertThat(visits).filteredOn(v -> v.scheduleId().equals("FUP-LIV-01")).isNotEmpty();
        // FUP-LIV-01: months 3, 6, 9, 12 after the anchoring session, same day of month; FUP-02 windows by the interval
        // to the previous grid point: every one of these is 3 months or less after the one before, so +/- 14 days
        int[][] grid = {{3, 14}, {6, 14}, {9, 14}, {12, 14}};
        for (int[] point : grid) {
            ScheduledVisit planned = visit(visits, "M" + point[0], session2);
            LocalDate target = session2.plusMonths(point[0]);
            assertThat(planned.targetDate()).as("M%d target", point[0]).isEqualTo(target);
            assertThat(planned.windowStart()).as("M%d window start", point[0]).isEqualTo(target.minusDays(point[1]));
            assertThat(planned.windowEnd()).as("M%d window end", point[0]).isEqualTo(target.plusDays(point[1]));
        }

        // TMR-10: the re-ablation's 30-day adverse-event record is closed on its day 30 (the first session's was
        // closed on the day of the re-ablation, inside its grace)
        walk.travelTo(session2.plusDays(30));
        assertThat(walk.openTask("adverse-event-closure")).as("30-day closure task").isNotNull();
        closeAdverseEventRecords();

        for (int[] point : grid) {
            ScheduledVisit planned = visit(schedule.visits(caseId), "M" + point[0], session2);
            walk.travelTo(planned.windowStart().minusDays(1));
            assertThat(walk.openTask("follow-up-visit")).as("no visit task before the window").isNull();
            walk.travelTo(planned.targetDate());
            JsonNode task = walk.openTask("follow-up-visit");
            assertThat(task).as("visit task M%d", point[0]).isNotNull();
            assertThat(task.path("subjectId").asText()).isEqualTo(planned.id().toString());
            walk.complete("nurse", "follow-up-visit", json("""
                    {"visitDate":"%s","contactType":"CLINIC","ecog":0,"finding":"NO_EVIDENCE_OF_DISEASE"}"""
                    .formatted(planned.targetDate())));
        }

        List<ScheduledVisit> after = schedule.visits(caseId);
        for (int[] point : grid) {
            assertThat(visit(after, "M" + point[0], session2).status()).isEqualTo(VisitStatus.DONE);
        }
        // still under surveillance, waiting for month 18 (every 6 months after month 12)
        assertThat(walk.stage()).isEqualTo("SURVEILLANCE");
        ScheduledVisit m18 = visit(after, "M18", session2);
        assertThat(m18.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(m18.targetDate()).isEqualTo(session2.plusMonths(18));
        assertThat(m18.windowStart()).as("6 months after M12: +/- 30 days").isEqualTo(session2.plusMonths(18).minusDays(30));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("follow-up-visit")
                .processInstanceBusinessKey(caseId.toString()).count()).isEqualTo(1);
        JsonNode deviations = get(as("nurse"), "/api/cases/" + caseId).getBody().path("sections").path("deviations");
        assertThat(deviations.isMissingNode() || deviations.isEmpty()).as("no deviation on time: %s", deviations).isTrue();
    }

    /** The nurse closes the open 30-day adverse-event records (TMR-10); the walk reports no adverse event. */
    private void closeAdverseEventRecords() {
        while (walk.openTask("adverse-event-closure") != null) {
            walk.complete("nurse", "adverse-event-closure", json("{\"confirmed\":true}"));
        }
    }

    /** One procedure episode with its session on the given day; returns the day of the next session (if re-ablated). */
    private LocalDate ablate(LocalDate session, String response, String liradsTr, String intentType) {
        walk.complete("nurse", "pre-procedure-checklist", ProcedureForms.checklist(session, LocalDate.now(clock)));
        walk.travelTo(session);
        closeAdverseEventRecords();
        ObjectNode record = ProcedureForms.procedureRecord(session, "T1");
        record.put("intentType", intentType);
        walk.complete("radiologist", "procedure-record", record);
        assertThat(walk.stage()).isEqualTo("POST_PROCEDURE");
        walk.travelTo(session.plusDays(1));
        walk.complete("nurse", "post-procedure-discharge", ProcedureForms.discharge(session.plusDays(1)));
        walk.travelTo(session.plusDays(7));
        walk.complete("nurse", "day-7-call", json("""
                {"callDate":"%s","reached":true,"fever":false,"pain":false,"jaundice":false,"woundProblem":false,
                 "urinaryProblem":false,"breathlessness":false,"newMedication":false,"unplannedVisit":false}"""
                .formatted(session.plusDays(7))));
        walk.travelTo(session.plusDays(21));
        walk.complete("radiologist", "response-assessment", json("""
                {"studyDate":"%s","modality":"MRI","contrast":true,"newIntraOrganTumour":false,"extraOrganDisease":false,
                 "assessments":[{"tumorId":"T1","response":"%s","liradsTr":"%s"}]}"""
                .formatted(session.plusDays(21), response, liradsTr)));
        return session.plusDays(35);
    }

    private static ScheduledVisit visit(List<ScheduledVisit> visits, String label, LocalDate anchorAfter) {
        return visits.stream().filter(v -> v.gridLabel().equals(label) && v.targetDate().isAfter(anchorAfter))
                .filter(v -> v.status() != VisitStatus.CANCELLED).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " visit after " + anchorAfter + " in " + visits));
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private static JsonNode json(String text) {
        try {
            return TestCases.JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
