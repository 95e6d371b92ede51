package org.ablationpath;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.ablationpath.procedure.ProcedureForms;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Walks one liver case through the real application to its first surveillance visit: referral by {@code physician},
 * board decision, one ablation session (checklist, record, discharge, day-7 call, complete response at day 21), then
 * time travels to the M3 visit's target day, where the follow-up-visit task is open for the nurse. Every task is
 * completed through the REST API as its role (as LiverCaseWalkTest does); time moves on the application's and the
 * engine's clocks together and the case's due timers fire as the job executor would fire them. Callers reset both
 * clocks afterwards ({@link MovableClock#reset()}, {@link ClockUtil#reset()}).
 */
public final class CaseWalk {

    private final TestRestTemplate rest;
    private final ProcessEngine engine;
    private final MovableClock clock;
    private UUID caseId;

    public CaseWalk(TestRestTemplate rest, ProcessEngine engine, MovableClock clock) {
        this.rest = rest;
        this.engine = engine;
        this.clock = clock;
    }

    /** Refers a single-HCC case of center C01 and walks it to its open M3 visit task; returns the case id. */
    public UUID toFirstSurveillanceVisit(String pseudonym) {
        LocalDate session = toResponseAssessment(pseudonym);
        assessResponse(session.plusDays(21), true, "COMPLETE");
        travelTo(session.plusMonths(3));
        if (openTask("follow-up-visit") == null) {
            throw new AssertionError("no open follow-up visit task at M3: " + openTasks());
        }
        return caseId;
    }

    /**
     * Refers a single-HCC case of center C01 and walks it to day 21 after its session, where the response-assessment
     * task is open for the radiologist; returns the session date ({@link #caseId()} gives the case).
     */
    public LocalDate toResponseAssessment(String pseudonym) {
        refer(pseudonym);
        complete("board", "board-review", json("""
                {"decisionCode":"ABLATION","intent":"CURATIVE","rationale":"Single HCC 24 mm, Child-Pugh A."}"""));
        LocalDate session = LocalDate.now(clock).plusDays(14);
        complete("nurse", "pre-procedure-checklist", ProcedureForms.checklist(session, LocalDate.now(clock)));
        travelTo(session);
        complete("radiologist", "procedure-record", ProcedureForms.procedureRecord(session, "T1"));
        travelTo(session.plusDays(1));
        complete("nurse", "post-procedure-discharge", ProcedureForms.discharge(session.plusDays(1)));
        travelTo(session.plusDays(7));
        complete("nurse", "day-7-call", json("""
                {"callDate":"%s","reached":true,"fever":false,"pain":false,"jaundice":false,"woundProblem":false,
                 "urinaryProblem":false,"breathlessness":false,"newMedication":false,"unplannedVisit":false}"""
                .formatted(session.plusDays(7))));
        travelTo(session.plusDays(21));
        return session;
    }

    /** The referring physician refers a single-HCC case of center C01; the walk follows it from now on. */
    public UUID refer(String pseudonym) {
        return refer(TestCases.hccCase(pseudonym));
    }

    /** The referring physician refers this case document; the walk follows it from now on. */
    public UUID refer(ObjectNode caseDocument) {
        caseId = TestCases.refer(as("physician"), caseDocument);
        return caseId;
    }

    public UUID caseId() {
        return caseId;
    }

    /** The case's pathway stage as the case API reports it. */
    public String stage() {
        return get(as("nurse"), "/api/cases/" + caseId).getBody().path("stage").asText();
    }

    /** The radiologist records the open response assessment: an MRI of this date, with or without contrast. */
    public void assessResponse(LocalDate studyDate, boolean contrast, String response) {
        complete("radiologist", "response-assessment", json("""
                {"studyDate":"%s","modality":"MRI","contrast":%s,"newIntraOrganTumour":false,"extraOrganDisease":false,
                 "assessments":[{"tumorId":"T1","response":"%s"%s}]}"""
                .formatted(studyDate, contrast, response, "COMPLETE".equals(response) ? ",\"liradsTr\":\"NONVIABLE\"" : "")));
    }

    /** The case's open task with this form key, as the case API describes it, or null. */
    public JsonNode openTask(String formKey) {
        return StreamSupport.stream(openTasks().spliterator(), false).filter(t -> formKey.equals(t.path("formKey").asText()))
                .findFirst().orElse(null);
    }

    private JsonNode openTasks() {
        return get(as("nurse"), "/api/cases/" + caseId).getBody().path("openTasks");
    }

    /** The user completes the case's open task with this form key through the task API; anything but 204 fails. */
    public void complete(String user, String formKey, JsonNode form) {
        JsonNode task = openTask(formKey);
        if (task == null) {
            throw new AssertionError("no open " + formKey + " task (open: " + openTasks() + ")");
        }
        ResponseEntity<JsonNode> answer = post(as(user), "/api/tasks/" + task.path("id").asText() + "/complete", form);
        if (answer.getStatusCode().value() != 204) {
            throw new AssertionError(user + " completing " + formKey + ": " + answer.getStatusCode() + " " + answer.getBody());
        }
    }

    /** Moves both clocks to the day (10:00) and fires the case's due timers. */
    public void travelTo(LocalDate day) {
        Instant when = day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant();
        clock.reset();
        clock.advance(Duration.between(Instant.now(), when));
        ClockUtil.setCurrentTime(Date.from(when));
        for (int round = 0; round < 10; round++) {
            List<Job> due = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString())
                    .list().stream().flatMap(instance -> engine.getManagementService().createJobQuery()
                            .processInstanceId(instance.getId()).executable().list().stream()).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
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
