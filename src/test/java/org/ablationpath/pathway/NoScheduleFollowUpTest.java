package org.ablationpath.pathway;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.CaseWalk;
import org.ablationpath.MovableClock;
import org.ablationpath.TestCases;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.EndReason;
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
import org.springframework.http.ResponseEntity;

/**
 * pathway.md 7.4 and section 8 on PostgreSQL: a tumour of organ OTHER has no published schedule, so after the day-7
 * call the case is not closed as END-04 "schedule completed"; the interventional radiologist decides its follow-up
 * through the task API: a visit planned by hand (walked by the visit process, after which the decision comes back),
 * then the end of follow-up as END-05 with a note. Bad input is a 400 naming the field, and nothing is stored.
 */
@AblationPathTest
class NoScheduleFollowUpTest {

    static final String FORM_KEY = "no-schedule-follow-up";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MovableClock clock;
    @Autowired
    FollowUpSchedule schedule;
    @Autowired
    EndOfFollowUp endOfFollowUp;

    private CaseWalk walk;

    @AfterEach
    void backToNow() {
        clock.reset();
        ClockUtil.reset();
    }

    @Test
    void anOrganWithoutAScheduleReachesTheOperatorsDecisionInsteadOfEnd04() {
        walk = new CaseWalk(rest, engine, clock);
        UUID caseId = walk.refer(otherOrganCase());
        // the rules cannot recommend for organ OTHER (DISCUSS): the chair signs the ablation off
        walk.complete("chair", "board-review", json("""
                {"decisionCode":"ABLATION","intent":"CURATIVE","rationale":"Single soft-tissue metastasis, 24 mm.",
                 "overrideReason":"Solitary metastasis, surgery declined by the patient."}"""));
        LocalDate session = LocalDate.now(clock).plusDays(14);
        walk.complete("nurse", "pre-procedure-checklist", ProcedureForms.checklist(session, LocalDate.now(clock)));
        walk.travelTo(session);
        walk.complete("radiologist", "procedure-record", ProcedureForms.procedureRecord(session, "T1"));
        walk.travelTo(session.plusDays(1));
        walk.complete("nurse", "post-procedure-discharge", ProcedureForms.discharge(session.plusDays(1)));
        walk.travelTo(session.plusDays(7));
        walk.complete("nurse", "day-7-call", json("""
                {"callDate":"%s","reached":true,"fever":false,"pain":false,"jaundice":false,"woundProblem":false,
                 "urinaryProblem":false,"breathlessness":false,"newMedication":false,"unplannedVisit":false}"""
                .formatted(session.plusDays(7))));

        // the bug: END-04 right after the day-7 call. Now: still under surveillance, the operator's task open
        assertThat(endOfFollowUp.of(caseId)).as("no end of follow-up recorded").isEmpty();
        assertThat(walk.stage()).isEqualTo("SURVEILLANCE");
        String taskId = decisionTaskId();
        JsonNode described = get(as("radiologist"), "/api/tasks/" + taskId).getBody();
        assertThat(described.path("name").asText()).isEqualTo("Decide the follow-up: no schedule for this indication");
        assertThat(described.path("subjectId").asText()).contains("OTHER");
        assertThat(fieldNames(described)).contains("decision", "targetDate", "windowStart", "windowEnd", "endReason", "note");
        assertThat(post(as("nurse"), "/api/tasks/" + taskId + "/complete", Map.of("decision", "PLAN_VISIT"))
                .getStatusCode().value()).as("the operator's decision, not the nurse's").isIn(403, 404);

        // bad input: each problem names its field; nothing is stored, the task stays open
        LocalDate today = LocalDate.now(clock);
        ResponseEntity<JsonNode> past = complete(taskId, Map.of("decision", "PLAN_VISIT",
                "windowStart", today.minusDays(10).toString(), "targetDate", today.minusDays(3).toString(),
                "windowEnd", today.minusDays(5).toString()));
        assertThat(past.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(past)).contains("targetDate", "windowEnd");
        ResponseEntity<JsonNode> noDates = complete(taskId, Map.of("decision", "PLAN_VISIT"));
        assertThat(noDates.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(noDates)).contains("targetDate", "windowStart", "windowEnd");
        ResponseEntity<JsonNode> noNote = complete(taskId, Map.of("decision", "END_FOLLOW_UP", "endReason", "TRANSFERRED"));
        assertThat(noNote.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(noNote)).containsExactly("note");
        ResponseEntity<JsonNode> completed = complete(taskId, Map.of("decision", "END_FOLLOW_UP",
                "endReason", "SCHEDULE_COMPLETED", "note", "Done."));
        assertThat(completed.getStatusCode().value()).as("END-04 is not a choice: %s", completed.getBody()).isEqualTo(400);
        assertThat(schedule.visits(caseId)).noneMatch(v -> v.scheduleId().equals(FollowUpSchedule.MANUAL_SCHEDULE));
        assertThat(endOfFollowUp.of(caseId)).isEmpty();
        assertThat(decisionTaskId()).isEqualTo(taskId);

        // (a) a visit planned by hand, walked by the visit process
        LocalDate target = today.plusDays(60);
        ResponseEntity<JsonNode> planned = complete(taskId, Map.of("decision", "PLAN_VISIT",
                "windowStart", target.minusDays(7).toString(), "targetDate", target.toString(),
                "windowEnd", target.plusDays(7).toString()));
        assertThat(planned.getStatusCode().value()).as("answer %s", planned.getBody()).isEqualTo(204);
        ScheduledVisit manual = schedule.visits(caseId).stream()
                .filter(v -> v.scheduleId().equals(FollowUpSchedule.MANUAL_SCHEDULE)).findFirst().orElseThrow();
        assertThat(manual.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(manual.targetDate()).isEqualTo(target);
        assertThat(manual.windowStart()).isEqualTo(target.minusDays(7));
        assertThat(manual.windowEnd()).isEqualTo(target.plusDays(7));
        assertThat(walk.openTask(FORM_KEY)).isNull();
        walk.travelTo(target);
        JsonNode visitTask = walk.openTask("follow-up-visit");
        assertThat(visitTask).as("the visit planned by hand is a visit task").isNotNull();
        assertThat(visitTask.path("subjectId").asText()).isEqualTo(manual.id().toString());
        walk.complete("nurse", "follow-up-visit", json("""
                {"visitDate":"%s","contactType":"CLINIC","ecog":0,"finding":"NO_EVIDENCE_OF_DISEASE"}""".formatted(target)));
        assertThat(schedule.visit(manual.id()).orElseThrow().status()).isEqualTo(VisitStatus.DONE);

        // nothing left again: the same decision comes back, never END-04
        String again = decisionTaskId();
        assertThat(again).isNotEqualTo(taskId);
        assertThat(endOfFollowUp.of(caseId)).isEmpty();

        // (b) follow-up ends as END-05 with the note, through the case's one end record
        ResponseEntity<JsonNode> ended = complete(again, Map.of("decision", "END_FOLLOW_UP", "endReason", "TRANSFERRED",
                "note", "Followed by medical oncology."));
        assertThat(ended.getStatusCode().value()).as("answer %s", ended.getBody()).isEqualTo(204);
        EndOfFollowUp.EndRecord end = endOfFollowUp.of(caseId).orElseThrow();
        assertThat(end.reason()).isEqualTo(EndReason.TRANSFERRED);
        assertThat(end.details()).isEqualTo("Followed by medical oncology.");
        assertThat(end.recordedBy()).isNotNull();
        assertThat(walk.stage()).isEqualTo("END_OF_FOLLOW_UP");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString())
                .count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("Activity_CompleteSchedule")
                .list()).noneMatch(a -> engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceId(a.getProcessInstanceId()).singleResult().getBusinessKey().equals(caseId.toString()));
    }

    /** A single 24 mm tumour of organ OTHER: no schedule of pathway.md 7.4 covers it. */
    private static ObjectNode otherOrganCase() {
        ObjectNode document = TestCases.hccCase(TestCases.uniquePseudonym("NOSCHED"));
        ObjectNode tumour = (ObjectNode) document.withArray("tumors").get(0);
        tumour.removeAll();
        tumour.put("tumorId", "T1").put("organ", "OTHER").put("histology", "SOFT_TISSUE_METASTASIS")
                .put("diagnosisBasis", "BIOPSY").put("maxDiameterMm", 24);
        return document;
    }

    private String decisionTaskId() {
        JsonNode task = walk.openTask(FORM_KEY);
        assertThat(task).as("open %s task", FORM_KEY).isNotNull();
        return task.path("id").asText();
    }

    private ResponseEntity<JsonNode> complete(String taskId, Map<String, Object> form) {
        return post(as("radiologist"), "/api/tasks/" + taskId + "/complete", form);
    }

    private static List<String> fields(ResponseEntity<JsonNode> answer) {
        List<String> fields = new ArrayList<>();
        answer.getBody().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    private static List<String> fieldNames(JsonNode described) {
        List<String> names = new ArrayList<>();
        described.path("formFields").forEach(field -> names.add(field.path("name").asText()));
        return names;
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
