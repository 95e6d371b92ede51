package org.ablationpath.pathway;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.TestCases;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A patient on another treatment (STG-13, END-06) who dies: the nurse reports it and the vital-status tracking ends. */
@AblationPathTest
class OtherTreatmentEndTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;

    @Test
    void aDeathReportedDuringOtherTreatmentTrackingEndsThePathway() {
        UUID caseId = TestCases.refer(rest.withBasicAuth("physician", "demo"),
                TestCases.lowPlateletsCase(TestCases.uniquePseudonym("STG13")));
        String review = TestCases.boardTaskOf(rest, caseId);
        assertThat(post(rest.withBasicAuth("board", "demo"), "/api/tasks/" + review + "/complete", Map.of(
                "decisionCode", "SYSTEMIC", "intent", "PALLIATIVE", "rationale", "Systemic therapy first."))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).count()).isOne();

        var answer = post(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId + "/end-of-follow-up", Map.of(
                "reason", "DEATH", "date", LocalDate.now().toString(), "causeOfDeath", "TUMOUR_PROGRESSION"));

        assertThat(answer.getStatusCode().value()).as("answer %s", answer.getBody()).isEqualTo(201);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString()).count()).isZero();
        assertThat(get(rest.withBasicAuth("nurse", "demo"), "/api/cases/" + caseId).getBody().path("stage").asText())
                .isEqualTo("END_OF_FOLLOW_UP");
    }
}
