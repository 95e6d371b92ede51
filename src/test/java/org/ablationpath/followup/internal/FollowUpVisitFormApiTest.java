package org.ablationpath.followup.internal;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.MockedScreens;
import org.ablationpath.followup.AeIntervention;
import org.ablationpath.followup.ContactOutcome;
import org.ablationpath.followup.ContactType;
import org.ablationpath.followup.FollowUpCases;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.FollowUpVisitForm;
import org.ablationpath.followup.LabAnalyte;
import org.ablationpath.followup.LabPanelEntry;
import org.ablationpath.followup.LabValueEntry;
import org.ablationpath.followup.LesionResponse;
import org.ablationpath.followup.LesionResultEntry;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.VisitAdverseEventEntry;
import org.ablationpath.followup.VisitFinding;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.imaging.LiradsTreatmentResponse;
import org.ablationpath.patient.LabPanelAdded;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.safety.AdverseEventOutcome;
import org.ablationpath.safety.AdverseEventReported;
import org.ablationpath.safety.Attribution;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The complete follow-up visit form (issue 7) on real engine tasks: an unanswered call with its retry date, a reached
 * visit with lesions, labs and a grade-3 adverse event (stored through the patient and safety modules, whose events
 * follow), and bad input answered 400 naming each field with nothing stored.
 */
@AblationPathTest
@RecordApplicationEvents
class FollowUpVisitFormApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    FollowUpSchedule schedule;
    @Autowired
    CaseTasks tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anUnansweredCallRecordsTheAttemptAndItsRetryDateInsideTheWindow() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        ScheduledVisit m3 = plannedM3(caseId);
        String taskId = FormTasks.openTask(engine, caseId, "C01", "follow-up-visit", "NURSE", m3.id().toString());
        String processId = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();

        JsonNode described = get(rest.withBasicAuth("nurse", "demo"), "/api/tasks/" + taskId).getBody();
        assertThat(described.path("formFields").findValuesAsText("name")).contains("contactOutcome", "retryDate", "lesions",
                "labPanels", "symptoms", "adverseEvents");
        assertThat(problemFields(complete(taskId, Map.of("visitDate", today().toString(), "contactType", "PHONE",
                "contactOutcome", "NOT_REACHED")))).containsExactly("retryDate");
        assertThat(problemFields(complete(taskId, Map.of("visitDate", today().toString(), "contactType", "PHONE",
                "contactOutcome", "NOT_REACHED", "retryDate", m3.windowEnd().plusDays(1).toString(), "finding", "LTP"))))
                .containsExactlyInAnyOrder("retryDate", "finding");

        ResponseEntity<JsonNode> done = complete(taskId, Map.of("visitDate", today().toString(), "contactType", "PHONE",
                "contactOutcome", "NOT_REACHED", "retryDate", today().plusDays(2).toString(), "note", "Voicemail"));

        assertThat(done.getStatusCode()).as("answer %s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(schedule.visit(m3.id())).map(ScheduledVisit::status).contains(VisitStatus.PLANNED);
        assertThat(jdbc.queryForList("select outcome from app.follow_up_contact_attempt where visit_id = ?", String.class, m3.id()))
                .containsExactly("NOT_REACHED");
        assertThat(routing(processId, "contactOutcome")).isEqualTo("NOT_REACHED");
        JsonNode worklist = get(rest.withBasicAuth("nurse", "demo"), "/api/worklist?size=200&organ=LIVER&category=DUE_THIS_WEEK").getBody();
        JsonNode row = null;
        for (JsonNode item : worklist.path("items")) {
            if (item.path("itemId").asText().equals(m3.id().toString())) {
                row = item;
            }
        }
        assertThat(row).as("M3 on the worklist").isNotNull();
        assertThat(row.path("retryDate").asText()).isEqualTo(today().plusDays(2).toString());
        assertThat(row.path("contactAttempts").asInt()).isOne();
    }

    @Test
    void aReachedVisitStoresLesionsLabsAndAGradeThreeAdverseEventInOneGo() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        ScheduledVisit m3 = plannedM3(caseId);
        String taskId = FormTasks.openTask(engine, caseId, "C01", "follow-up-visit", "NURSE", m3.id().toString());
        MockedScreens.signIn("nurse", "C01", "NURSE");
        FollowUpVisitForm form = reachedVisit();

        tasks.complete(taskId, form);

        assertThat(schedule.visit(m3.id())).map(ScheduledVisit::status).contains(VisitStatus.DONE);
        assertThat(jdbc.queryForList("select ctcae_term || ':' || grade_at_onset from app.adverse_event where case_id = ?",
                String.class, caseId)).containsExactly("Hepatic hemorrhage:3");
        assertThat(jdbc.queryForList("select attribution || ':' || interventions || ':' || hospitalized from "
                + "app.follow_up_visit_adverse_event where visit_id = ?", String.class, m3.id()))
                .containsExactly("POSSIBLE:IV_MEDICATION,TRANSFUSION:true");
        assertThat(jdbc.queryForList("select tumor_id || ':' || response || ':' || lirads_tr from app.follow_up_lesion_result "
                + "where visit_id = ?", String.class, m3.id())).containsExactly("T1:COMPLETE:NONVIABLE");
        assertThat(jdbc.queryForObject("select symptoms from app.follow_up_visit where id = ?", String.class, m3.id()))
                .isEqualTo("PLEURAL_EFFUSION");
        assertThat(events.stream(LabPanelAdded.class).filter(e -> e.caseId().equals(caseId))).singleElement().satisfies(added -> {
            assertThat(added.panel().context()).isEqualTo("FOLLOW_UP");
            assertThat(added.panel().collectedDate()).isEqualTo(today().minusDays(1));
            assertThat(added.panel().values().path("bilirubinUmolL").decimalValue()).isEqualByComparingTo("40");
            assertThat(added.panel().values().path("bilirubinUlnUmolL").decimalValue()).isEqualByComparingTo("21");
            assertThat(added.panel().values().path("afpNgMl").decimalValue()).isEqualByComparingTo("12.5");
        });
        assertThat(events.stream(AdverseEventReported.class).filter(e -> e.caseId().equals(caseId))).hasSize(1);
    }

    @Test
    void badInputNamesEachFieldAndStoresNothing() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        ScheduledVisit m3 = plannedM3(caseId);
        String taskId = FormTasks.openTask(engine, caseId, "C01", "follow-up-visit", "NURSE", m3.id().toString());

        ResponseEntity<JsonNode> refused = complete(taskId, Map.of("visitDate", today().toString(), "contactType", "CLINIC",
                "finding", "NO_EVIDENCE_OF_DISEASE",
                "lesions", List.of(Map.of("tumorId", "T9", "response", "COMPLETE"), Map.of("tumorId", "T1", "response", "COMPLETE")),
                "labPanels", List.of(Map.of("collectedDate", today().toString(), "values", List.of(
                        Map.of("analyte", "BILIRUBIN_TOTAL", "value", 40), Map.of("analyte", "ALBUMIN", "value", 700)))),
                "symptoms", List.of("FRACTURE"),
                "adverseEvents", List.of(Map.of("ctcaeTerm", "Sepsis", "grade", 1, "onsetDate", today().toString(),
                        "hospitalized", true))));

        assertThat(problemFields(refused)).containsExactlyInAnyOrder("lesions[0].tumorId", "lesions[1].liradsTr",
                "labPanels[0].values[0].uln", "labPanels[0].values[1].value", "symptoms[0]", "adverseEvents[0].grade",
                "adverseEvents[0].admissionDate");
        assertThat(problemFields(complete(taskId, Map.of("visitDate", today().toString(), "contactType", "CLINIC",
                "finding", "NO_EVIDENCE_OF_DISEASE", "adverseEvents", List.of(Map.of("grade", 7))))))
                .contains("adverseEvents[0].ctcaeTerm", "adverseEvents[0].grade", "adverseEvents[0].onsetDate");
        assertThat(schedule.visit(m3.id())).map(ScheduledVisit::status).contains(VisitStatus.PLANNED);
        assertThat(jdbc.queryForObject("select count(*) from app.adverse_event where case_id = ?", Integer.class, caseId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app.lab_panel where case_id = ? and context = 'FOLLOW_UP'",
                Integer.class, caseId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app.follow_up_lesion_result where visit_id = ?", Integer.class,
                m3.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app.follow_up_contact_attempt where visit_id = ?", Integer.class,
                m3.id())).isZero();
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
    }

    private FollowUpVisitForm reachedVisit() {
        FollowUpVisitForm form = new FollowUpVisitForm();
        form.setVisitDate(today());
        form.setContactType(ContactType.CLINIC);
        form.setContactOutcome(ContactOutcome.REACHED);
        form.setEcog(1);
        form.setFinding(VisitFinding.NO_EVIDENCE_OF_DISEASE);
        LesionResultEntry lesion = new LesionResultEntry();
        lesion.setTumorId("T1");
        lesion.setResponse(LesionResponse.COMPLETE);
        lesion.setLiradsTr(LiradsTreatmentResponse.NONVIABLE);
        lesion.setMarginMm(new BigDecimal("6.5"));
        form.setLesions(List.of(lesion));
        LabPanelEntry panel = new LabPanelEntry();
        panel.setCollectedDate(today().minusDays(1));
        panel.setValues(List.of(lab(LabAnalyte.BILIRUBIN_TOTAL, "40", "21"), lab(LabAnalyte.AFP, "12.5", null)));
        form.setLabPanels(List.of(panel));
        form.setSymptoms(List.of("PLEURAL_EFFUSION"));
        VisitAdverseEventEntry bleeding = new VisitAdverseEventEntry();
        bleeding.setCtcaeTerm("Hepatic hemorrhage");
        bleeding.setGrade(3);
        bleeding.setOnsetDate(today().minusDays(3));
        bleeding.setAttribution(Attribution.POSSIBLE);
        bleeding.setInterventions(List.of(AeIntervention.IV_MEDICATION, AeIntervention.TRANSFUSION));
        bleeding.setHospitalized(true);
        bleeding.setAdmissionDate(today().minusDays(3));
        bleeding.setOutcome(AdverseEventOutcome.ONGOING);
        form.setAdverseEvents(List.of(bleeding));
        return form;
    }

    private static LabValueEntry lab(LabAnalyte analyte, String value, String uln) {
        LabValueEntry entry = new LabValueEntry();
        entry.setAnalyte(analyte);
        entry.setValue(new BigDecimal(value));
        entry.setUln(uln == null ? null : new BigDecimal(uln));
        return entry;
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

    private ResponseEntity<JsonNode> complete(String taskId, Map<String, ?> form) {
        return post(rest.withBasicAuth("nurse", "demo"), "/api/tasks/" + taskId + "/complete", form);
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
