package org.ablationpath.outcomes;

import static org.ablationpath.TestCases.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/evaluations/case}: eligibility plus AE classification, lab grades, alerts and follow-up plan. */
@AblationPathTest
class CaseEvaluationApiTest {

    private static final String LIVER_CASE = """
            {"ruleProfile": "INTL", "asOfDate": "2025-04-30",
             "patient": {"patientId": "P-CE-1", "sex": "M", "birthDate": "1960-05-01", "ecog": 0, "cardiacDevice": "NONE",
                         "anticoagulation": "NONE", "antiplatelet": "NONE", "activeInfection": false, "canCooperate": true,
                         "majorOrganFailure": false, "cirrhosis": true, "ascites": "NONE", "refractoryAscites": false,
                         "encephalopathyGrade": 0, "fitForSurgery": "NO"},
             "labs": {"collectedDate": "2025-03-20", "plateletsE9L": 150, "inr": 1.1, "bilirubinUmolL": 20,
                      "bilirubinUlnUmolL": 21, "albuminGL": 40, "altUL": 60, "altUlnUL": 40},
             "disease": {"extrahepaticDisease": false, "macrovascularInvasion": "NONE"},
             "tumors": [{"tumorId": "T1", "organ": "LIVER", "histology": "HCC", "diagnosisBasis": "IMAGING_LIRADS",
                         "liradsCategory": "LR-5", "maxDiameterMm": 25}],
             "dates": {"referralDate": "2025-03-10", "imagingDate": "2025-03-05", "mdtDate": "2025-03-24"},
             "followUp": {
               "procedures": [{"procedureId": "S1", "date": "2025-04-01", "modality": "MWA", "tumorIds": ["T1"]}],
               "labsPost": [{"date": "2025-04-02", "altUL": 180, "altUlnUL": 40, "bilirubinUmolL": 25, "bilirubinUlnUmolL": 21}],
               "adverseEvents": [{"aeId": "AE1", "procedureId": "S1", "onsetDate": "2025-04-09", "term": "Hepatic infection",
                                  "gradeAtOnset": 3, "interventions": ["IV_ANTIBIOTICS", "PERCUTANEOUS_DRAINAGE"],
                                  "additionalTherapy": true, "additionalHospitalDays": 4, "sequelae": "NONE",
                                  "outcome": "RESOLVED"}]
             }}
            """;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @Test
    void aLiverCaseWithAGrade3AdverseEventAndAPostProcedureSampleIsClassifiedGradedAndAlerted() throws Exception {
        ResponseEntity<JsonNode> answer = post(rest.withBasicAuth("radiologist", "demo"), "/api/evaluations/case",
                json.readTree(LIVER_CASE));

        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode body = answer.getBody();
        assertThat(body.path("validation").path("status").asText()).isEqualTo("VALID");
        assertThat(body.path("eligibility").path("finalStatus").asText()).isNotEqualTo("INVALID");

        JsonNode ae = body.path("adverseEventClassification").get(0);
        assertThat(ae.path("ref").asText()).isEqualTo("AE1");
        assertThat(ae.path("ctcaeGrade").asInt()).isEqualTo(3);
        assertThat(ae.path("dayPostProcedure").asInt()).isEqualTo(8);
        assertThat(ae.path("timingCategory").asText()).isEqualTo("PERIPROCEDURAL");
        assertThat(ae.path("cirse2017Grade").asInt()).isEqualTo(3);
        assertThat(ae.path("sir2003Class").asText()).isEqualTo("D");
        assertThat(ae.path("majorComplication").asBoolean()).isTrue();
        assertThat(ae.path("serious").asBoolean()).isTrue();

        // safety.md 3.3 example: abnormal baseline 60 (ULN 40), day-1 value 180 = 3.0x baseline -> G3
        JsonNode alt = body.path("labGrades").path("ALT");
        assertThat(alt.path("grade").asInt()).as("labGrades %s", body.path("labGrades")).isEqualTo(3);
        assertThat(alt.path("baselineAbnormal").asBoolean()).isTrue();
        assertThat(alt.path("ratioToBaseline").decimalValue()).isEqualByComparingTo("3");
        assertThat(body.path("labGrades").path("bilirubin").path("grade").asInt()).isEqualTo(1);

        List<String> alerts = new ArrayList<>();
        body.path("alerts").forEach(a -> alerts.add(a.path("rule").asText() + " " + a.path("priority").asText()));
        assertThat(alerts).containsExactlyInAnyOrder("ALR-03 P2_URGENT", "ALR-06 QI_LOG", "ALR-07 P2_URGENT");
        JsonNode p2 = body.path("alerts").get(0);
        assertThat(p2.path("ackWithinHours").asInt()).isEqualTo(4);
        assertThat(p2.path("recipients").toString()).contains("INTERVENTIONAL_RADIOLOGIST");
        assertThat(body.path("safetyRulesVersion").asText()).startsWith("sha256:");

        JsonNode plan = body.path("followUpPlan");
        assertThat(plan.path("anchorDate").asText()).isEqualTo("2025-04-01");
        assertThat(plan.path("visits").size()).isGreaterThan(0);

        JsonNode outcomes = body.path("outcomes");
        assertThat(outcomes.path("startDate").asText()).as("outcomes %s", outcomes).isEqualTo("2025-04-01");
        assertThat(outcomes.path("overallSurvival").isObject()).isTrue();
        assertThat(outcomes.path("tumors").size()).isEqualTo(1);
    }

    @Test
    void residualTumourOnTheResponseImagingFiresDec07UnderOutcomesAndSuggestsReAblation() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(LIVER_CASE);
        ((ObjectNode) doc.path("followUp")).set("imaging", json.readTree("""
                [{"date": "2025-04-29", "modality": "MRI", "purpose": "RESPONSE",
                  "assessments": [{"tumorId": "T1", "response": "RESIDUAL_VIABLE"}]}]"""));

        JsonNode body = post(rest.withBasicAuth("radiologist", "demo"), "/api/evaluations/case", doc).getBody();

        JsonNode fired = body.path("outcomes").path("rulesFiredOnFollowUp");
        assertThat(fired.size()).as("outcomes %s", body.path("outcomes")).isEqualTo(1);
        assertThat(fired.get(0).path("id").asText()).isEqualTo("DEC-07");
        assertThat(fired.get(0).path("tumorId").asText()).isEqualTo("T1");
        assertThat(fired.get(0).path("source").asText()).contains("AHMED14");
        assertThat(body.path("decisionSuggestions").toString()).contains("RE_ABLATION");
        // a follow-up rule is no pre-assessment finding: it neither joins rulesFired nor moves the final status
        assertThat(body.path("eligibility").path("rulesFired").toString()).doesNotContain("DEC-07");

        JsonNode complete = post(rest.withBasicAuth("radiologist", "demo"), "/api/evaluations/case",
                json.readTree(LIVER_CASE)).getBody();
        assertThat(complete.path("outcomes").has("rulesFiredOnFollowUp")).isFalse();
        assertThat(complete.path("decisionSuggestions").toString()).doesNotContain("RE_ABLATION");
    }

    @Test
    void anImpossibleDateInTheFollowUpBlockIsA400NamingTheField() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(LIVER_CASE);
        ((ObjectNode) doc.path("followUp").path("adverseEvents").get(0)).put("onsetDate", "2025-02-30");

        ResponseEntity<JsonNode> answer = post(rest.withBasicAuth("radiologist", "demo"), "/api/evaluations/case", doc);

        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(answer.getBody().toString()).contains("followUp.adverseEvents[0].onsetDate");
    }

    @Test
    void anUnknownTopLevelFieldIsA400() throws Exception {
        ObjectNode doc = (ObjectNode) json.readTree(LIVER_CASE);
        doc.put("outcomez", true);

        ResponseEntity<JsonNode> answer = post(rest.withBasicAuth("nurse", "demo"), "/api/evaluations/case", doc);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().toString()).contains("outcomez");
    }
}
