package org.ablationpath.followup.internal;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.followup.DiseaseEventType;
import org.ablationpath.followup.FollowUpCases;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.VisitStatus;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The three follow-up forms through {@code POST /api/tasks/{id}/complete} on real engine tasks: bad input is a 400
 * naming the fields with nothing stored, good input is stored and routes the process.
 */
@AblationPathTest
class FollowUpFormsApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    FollowUpSchedule schedule;
    @Autowired
    FollowUpVisitRepository visits;
    @Autowired
    DiseaseEventRepository diseaseEvents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aVisitOutsideItsWindowAnLtpWithoutTumourAndPainOffTheBoneScheduleAreRefused() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        ScheduledVisit m3 = plannedM3(caseId);
        String taskId = FormTasks.openTask(engine, caseId, "C01", "follow-up-visit", "NURSE", m3.id().toString());

        ResponseEntity<JsonNode> refused = complete("nurse", taskId, Map.of("visitDate", m3.windowStart().minusDays(1).toString(),
                "contactType", "CLINIC", "finding", "LTP", "painNrs", 3));

        assertThat(problemFields(refused)).containsExactlyInAnyOrder("visitDate", "tumorId", "painNrs");
        assertThat(problemFields(complete("nurse", taskId, Map.of("contactType", "CLINIC", "ecog", 7))))
                .containsExactlyInAnyOrder("visitDate", "finding", "ecog");
        assertThat(problemFields(complete("nurse", taskId, Map.of("visitDate", today().toString(), "contactType", "CLINIC",
                "finding", "LTP", "tumorId", "T9")))).containsExactly("tumorId");
        assertThat(schedule.visit(m3.id())).map(ScheduledVisit::status).contains(VisitStatus.PLANNED);
        assertThat(diseaseEvents.findByCaseIdOrderByDetectionDateAsc(caseId)).isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void anLtpAtAVisitIsADiseaseEventForTheBoard() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        ScheduledVisit m3 = plannedM3(caseId);
        String taskId = FormTasks.openTask(engine, caseId, "C01", "follow-up-visit", "NURSE", m3.id().toString());
        String processId = processOf(taskId);

        JsonNode described = get(rest.withBasicAuth("nurse", "demo"), "/api/tasks/" + taskId).getBody();
        assertThat(described.path("subjectId").asText()).isEqualTo(m3.id().toString());
        ResponseEntity<JsonNode> done = complete("nurse", taskId, Map.of("visitDate", today().toString(), "contactType", "CLINIC",
                "ecog", 1, "finding", "LTP", "tumorId", "T1", "note", "Nodular enhancement at the margin"));

        assertThat(done.getStatusCode()).as("answer %s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        FollowUpVisitEntity visit = visits.findById(m3.id()).orElseThrow();
        assertThat(visit.status()).isEqualTo(VisitStatus.DONE);
        assertThat(visit.actualDate()).isEqualTo(today());
        assertThat(visit.ecog()).isEqualTo(1);
        assertThat(visit.recordedBy()).isEqualTo("nurse");
        assertThat(diseaseEvents.findByCaseIdOrderByDetectionDateAsc(caseId)).singleElement().satisfies(event -> {
            assertThat(event.eventType()).isEqualTo(DiseaseEventType.LTP);
            assertThat(event.tumorId()).isEqualTo("T1");
            assertThat(event.detectionDate()).isEqualTo(today());
            assertThat(event.visitId()).isEqualTo(m3.id());
        });
        assertThat(routing(processId, "visitFinding")).isEqualTo("DISEASE_EVENT");
        // TMR-05 / ALR-13: the rediscussion counts from the visit that detected the LTP
        assertThat(routing(processId, "detectionDate")).isEqualTo(java.util.Date.from(
                today().atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
        assertThat(complete("nurse", taskId, Map.of("visitDate", today().toString(), "contactType", "CLINIC",
                "finding", "NO_EVIDENCE_OF_DISEASE")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aMarkerRiseWithoutImagingCorrelateStaysInSurveillance() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        ScheduledVisit m3 = plannedM3(caseId);
        String taskId = FormTasks.openTask(engine, caseId, "C01", "follow-up-visit", "NURSE", m3.id().toString());
        String processId = processOf(taskId);

        assertThat(complete("nurse", taskId, Map.of("visitDate", today().toString(), "contactType", "PHONE",
                "finding", "MARKER_RISE_WITHOUT_IMAGING_CORRELATE")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(routing(processId, "visitFinding")).isEqualTo("NO_DISEASE");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processId)
                .variableName("detectionDate").count()).as("nothing detected that goes to the board").isZero();
        assertThat(diseaseEvents.findByCaseIdOrderByDetectionDateAsc(caseId)).singleElement().satisfies(event -> {
            assertThat(event.eventType()).isEqualTo(DiseaseEventType.MARKER_ONLY);
            assertThat(event.confirmation()).isNull();
        });
        assertThat(visits.findById(m3.id()).orElseThrow().visitType().name()).isEqualTo("PHONE");
    }

    @Test
    void theBoneScheduleRecordsPainAndAnalgesicUse() {
        UUID caseId = FollowUpCases.boneMetastasis(rest);
        schedule.planAfterSession(caseId, today().minusDays(30));
        ScheduledVisit m1 = schedule.nextPlannedVisit(caseId).orElseThrow();
        assertThat(m1.gridLabel()).isEqualTo("M1");
        String taskId = FormTasks.openTask(engine, caseId, "C01", "follow-up-visit", "NURSE", m1.id().toString());
        Map<String, Object> visit = new HashMap<>(Map.of("visitDate", today().toString(), "contactType", "CLINIC",
                "finding", "NO_EVIDENCE_OF_DISEASE"));

        assertThat(problemFields(complete("nurse", taskId, visit))).containsExactlyInAnyOrder("painNrs", "analgesicChange");
        visit.put("painNrs", 2);
        visit.put("analgesicChange", "DECREASED");
        assertThat(complete("nurse", taskId, visit).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        FollowUpVisitEntity recorded = visits.findById(m1.id()).orElseThrow();
        assertThat(recorded.painNrs()).isEqualTo(2);
        assertThat(recorded.analgesicChange().name()).isEqualTo("DECREASED");
    }

    @Test
    void theDay7CallNeedsEveryAnswerWhenThePatientWasReachedAndMeetsTheDay7Point() {
        UUID caseId = FollowUpCases.boneMetastasis(rest);
        LocalDate session = today().minusDays(7);
        schedule.planAfterSession(caseId, session);
        String taskId = FormTasks.openTask(engine, caseId, "C01", "day-7-call", "NURSE");

        assertThat(problemFields(complete("nurse", taskId, Map.of("callDate", today().plusDays(1).toString(), "reached", true,
                "fever", true)))).containsExactlyInAnyOrder("callDate", "pain", "jaundice", "woundProblem", "urinaryProblem",
                "breathlessness", "newMedication", "unplannedVisit");
        assertThat(problemFields(complete("nurse", taskId, Map.of("callDate", today().toString(), "reached", false,
                "fever", false)))).containsExactly("fever");
        assertThat(problemFields(complete("nurse", taskId, Map.of("reached", true)))).contains("callDate");
        assertThat(jdbc.queryForObject("select count(*) from app.day_seven_call where case_id = ?", Integer.class, caseId)).isZero();

        Map<String, Object> answers = new HashMap<>(Map.of("callDate", today().toString(), "reached", true, "fever", true,
                "pain", false, "jaundice", false, "woundProblem", false, "urinaryProblem", false, "breathlessness", false,
                "newMedication", true, "unplannedVisit", false));
        answers.put("note", "Fever 38.4 since yesterday");
        assertThat(complete("nurse", taskId, answers).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(schedule.visits(caseId)).filteredOn(v -> v.gridLabel().equals("D7")).singleElement()
                .extracting(ScheduledVisit::status).isEqualTo(VisitStatus.DONE);
        JsonNode calls = get(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId).getBody()
                .path("sections").path("followUp").path("daySevenCalls");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).path("positiveAnswers")).extracting(JsonNode::asText).containsExactly("fever", "newMedication");
        assertThat(calls.get(0).path("note").asText()).isEqualTo("Fever 38.4 since yesterday");
    }

    @Test
    void theVitalStatusCheckNeedsDateAndCauseOfADeathAndRoutesOnTheStatus() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        String taskId = FormTasks.openTask(engine, caseId, "C01", "vital-status-check", "DATA_MANAGER");
        String processId = processOf(taskId);

        assertThat(problemFields(complete("datamanager", taskId, Map.of("status", "DEAD", "lastContactDate", today().toString()))))
                .containsExactlyInAnyOrder("deathDate", "causeOfDeath");
        assertThat(problemFields(complete("datamanager", taskId, Map.of("status", "ALIVE",
                "lastContactDate", today().plusDays(2).toString(), "causeOfDeath", "OTHER"))))
                .containsExactlyInAnyOrder("lastContactDate", "causeOfDeath");
        assertThat(problemFields(complete("datamanager", taskId, Map.of("status", "ASLEEP")))).contains("status");
        assertThat(jdbc.queryForObject("select count(*) from app.vital_status where case_id = ?", Integer.class, caseId)).isZero();

        assertThat(complete("datamanager", taskId, Map.of("status", "ALIVE", "lastContactDate", today().minusDays(20).toString()))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(routing(processId, "vitalStatus")).isEqualTo("ALIVE");
        assertThat(jdbc.queryForList("select status from app.vital_status where case_id = ?", String.class, caseId))
                .containsExactly("ALIVE");
    }

    @Test
    void aDeathAtTheVitalStatusCheckCancelsThePlannedVisits() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(caseId, today().minusDays(10));
        String taskId = FormTasks.openTask(engine, caseId, "C01", "vital-status-check", "DATA_MANAGER");
        String processId = processOf(taskId);

        assertThat(complete("datamanager", taskId, Map.of("status", "DEAD", "lastContactDate", today().toString(),
                "deathDate", today().minusDays(1).toString(), "causeOfDeath", "TUMOUR_PROGRESSION")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(routing(processId, "vitalStatus")).isEqualTo("DEAD");
        assertThat(schedule.visits(caseId)).extracting(ScheduledVisit::status).containsOnly(VisitStatus.CANCELLED);
    }

    /** A liver case whose session was about three months ago: its M3 window contains today. */
    private ScheduledVisit plannedM3(UUID caseId) {
        LocalDate session = today().minusMonths(3);
        schedule.planAfterSession(caseId, session);
        schedule.recordResponseImaging(caseId, session.plusDays(30));
        ScheduledVisit m3 = schedule.nextPlannedVisit(caseId).orElseThrow();
        assertThat(m3.gridLabel()).isEqualTo("M3");
        return m3;
    }

    private ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, ?> form) {
        return post(rest.withBasicAuth(user, "demo"), "/api/tasks/" + taskId + "/complete", form);
    }

    private String processOf(String taskId) {
        return engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    }

    private Object routing(String processInstanceId, String variable) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(variable).singleResult().getValue();
    }

    private static List<String> problemFields(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return answer.getBody().path("errors").findValuesAsText("field");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
