package org.ablationpath.referral;

import static org.ablationpath.TestCases.boardTaskOf;
import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.lowPlateletsCase;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.referral;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.ablationpath.AblationPathTest;
import org.ablationpath.TestCases;
import org.ablationpath.board.DecisionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A referral through the REST API to the board's decision, checked in the answers and in the database. */
@AblationPathTest
class ReferralToBoardDecisionTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    private TestRestTemplate physician() {
        return rest.withBasicAuth("physician", "demo");
    }

    private TestRestTemplate board() {
        return rest.withBasicAuth("board", "demo");
    }

    private TestRestTemplate chair() {
        return rest.withBasicAuth("chair", "demo");
    }

    @Test
    void referredCaseWaitsForTheBoardWithItsRecommendationAndIsDecidedConcordantly() {
        String pseudonym = uniquePseudonym("LOWPLT");

        ResponseEntity<JsonNode> created = post(physician(), "/api/referrals", referral(lowPlateletsCase(pseudonym)));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        UUID caseId = UUID.fromString(created.getBody().path("caseId").asText());
        assertThat(created.getHeaders().getLocation()).isNotNull();
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/cases/" + caseId);

        // the case as the board sees it: before the board, with the recommendation and its rules
        JsonNode kase = get(board(), "/api/cases/" + caseId).getBody();
        assertThat(kase.path("patientPseudonym").asText()).isEqualTo(pseudonym);
        assertThat(kase.path("centerId").asText()).isEqualTo("C01");
        assertThat(kase.path("stage").asText()).isEqualTo("MDT_REVIEW");
        assertThat(kase.path("stageCode").asText()).isEqualTo("STG-04");
        JsonNode recommendation = kase.path("recommendation");
        assertThat(recommendation.path("finalStatus").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(recommendation.path("correctable").asBoolean()).isTrue();
        assertThat(recommendation.path("rulesVersion").asText()).startsWith("sha256:");
        JsonNode gen03 = firedRule(recommendation, "GEN-03");
        assertThat(gen03.path("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(gen03.path("rationale").asText()).isNotBlank();
        assertThat(gen03.path("source").asText()).isNotBlank();
        assertThat(recommendation.path("requiredActions")).isNotEmpty();

        JsonNode openTasks = kase.path("openTasks");
        assertThat(openTasks).hasSize(1);
        JsonNode review = openTasks.get(0);
        assertThat(review.path("name").asText()).isEqualTo("Review at tumor board");
        assertThat(review.path("formKey").asText()).isEqualTo("board-review");
        // TMR-02: due 21 days after the referral (the document's referral date is five days ago)
        assertThat(review.path("due").isMissingNode()).isFalse();
        String taskId = review.path("id").asText();

        // the board member's task list holds it, with the pseudonym
        JsonNode myTasks = get(board(), "/api/tasks?limit=200").getBody();
        JsonNode listed = StreamSupport.stream(myTasks.spliterator(), false)
                .filter(t -> taskId.equals(t.path("id").asText())).findFirst().orElse(null);
        assertThat(listed).as("task %s in the board's list", taskId).isNotNull();
        assertThat(listed.path("patientPseudonym").asText()).isEqualTo(pseudonym);
        assertThat(listed.path("caseId").asText()).isEqualTo(caseId.toString());
        assertThat(listed.path("stage").asText()).isEqualTo("MDT_REVIEW");

        // the task describes its form, so a hospital system can fill it
        JsonNode described = get(board(), "/api/tasks/" + taskId).getBody();
        assertThat(described.path("id").asText()).isEqualTo(taskId);
        JsonNode decisionField = StreamSupport.stream(described.path("formFields").spliterator(), false)
                .filter(f -> "decisionCode".equals(f.path("name").asText())).findFirst().orElseThrow();
        assertThat(decisionField.path("type").asText()).isEqualTo("enum");
        assertThat(decisionField.path("required").asBoolean()).isTrue();
        assertThat(decisionField.path("allowedValues").toString()).contains("ABLATION", "FURTHER_WORKUP");

        // a non-ablative decision with a NOT_ELIGIBLE recommendation is concordant: no override reason needed
        ResponseEntity<JsonNode> completed = post(board(), "/api/tasks/" + taskId + "/complete",
                Map.of("decisionCode", "SYSTEMIC", "intent", "PALLIATIVE",
                        "rationale", "Platelets too low for ablation; systemic therapy first."));
        assertThat(completed.getStatusCode()).as("completion answer %s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode decided = get(board(), "/api/cases/" + caseId).getBody();
        assertThat(decided.path("stage").asText()).isEqualTo(DecisionCode.SYSTEMIC.nextStage().name());
        // STG-13: the coordinator confirms that the decided treatment started (TMR-03)
        assertThat(decided.path("openTasks")).singleElement()
                .satisfies(task -> assertThat(task.path("formKey").asText()).isEqualTo("decision-follow-through"));
        JsonNode shownDecision = decided.path("sections").path("decisions").get(0);
        assertThat(shownDecision.path("decisionCode").asText()).isEqualTo("SYSTEMIC");
        assertThat(shownDecision.path("concordant").asBoolean()).isTrue();
        assertThat(shownDecision.path("recommendedStatus").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(shownDecision.path("rulesVersion").asText()).startsWith("sha256:");
        assertThat(shownDecision.path("decidedBy").asText()).isEqualTo("board");

        // persisted: case, lesions, labs, evaluation with rules version, decision with concordance
        assertThat(jdbc.queryForMap("select stage, decision_code, center_id from app.clinical_case where id = ?", caseId))
                .containsEntry("stage", "OTHER_TREATMENT_TRACKING")
                .containsEntry("decision_code", "SYSTEMIC")
                .containsEntry("center_id", "C01");
        assertThat(jdbc.queryForObject("select count(*) from app.lesion where case_id = ?", Integer.class, caseId)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from app.lab_panel where case_id = ?", Integer.class, caseId)).isEqualTo(1);
        Map<String, Object> evaluation = jdbc.queryForMap(
                "select id, rules_version, final_status from app.rule_evaluation where case_id = ?", caseId);
        assertThat((String) evaluation.get("rules_version")).startsWith("sha256:")
                .isEqualTo(recommendation.path("rulesVersion").asText());
        assertThat(evaluation.get("final_status")).isEqualTo("NOT_ELIGIBLE");
        Map<String, Object> decision = jdbc.queryForMap("select * from app.board_decision where case_id = ?", caseId);
        assertThat(decision)
                .containsEntry("task_id", taskId)
                .containsEntry("decision_code", "SYSTEMIC")
                .containsEntry("intent", "PALLIATIVE")
                .containsEntry("recommended_status", "NOT_ELIGIBLE")
                .containsEntry("concordant", true)
                .containsEntry("override_reason", null)
                .containsEntry("decided_by", "board")
                .containsEntry("evaluation_id", evaluation.get("id"))
                .containsEntry("rules_version", evaluation.get("rules_version"));
        assertThat(jdbc.queryForObject("select count(*) from app.patient where pseudonym = ? and center_id = 'C01'",
                Integer.class, pseudonym)).isEqualTo(1);
    }

    @Test
    void completingTheReviewAgainIsAConflict() {
        UUID caseId = TestCases.refer(rest, lowPlateletsCase(uniquePseudonym("TWICE")));
        String taskId = boardTaskOf(rest, caseId);
        Map<String, String> decision = Map.of("decisionCode", "TACE", "intent", "PALLIATIVE", "rationale", "Bridge with TACE.");
        assertThat(post(board(), "/api/tasks/" + taskId + "/complete", decision).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> again = post(board(), "/api/tasks/" + taskId + "/complete", decision);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(again.getBody().path("status").asInt()).isEqualTo(409);
        assertThat(again.getBody().path("detail").asText()).contains("already been completed").contains("board");
        assertThat(jdbc.queryForObject("select count(*) from app.board_decision where task_id = ?", Integer.class, taskId))
                .isEqualTo(1);
    }

    @Test
    void ablationAgainstDiscussNeedsTheChairAndAnOverrideReason() {
        // a single HCC of 40 mm is DISCUSS in the INTL profile (LIV-HCC-03: TACE + ablation or resection to be weighed)
        ObjectNode document = hccCase(uniquePseudonym("HCC"));
        ((ObjectNode) document.get("tumors").get(0)).put("maxDiameterMm", 40);
        UUID caseId = TestCases.refer(rest, document);
        JsonNode recommendation = get(board(), "/api/cases/" + caseId).getBody().path("recommendation");
        assertThat(recommendation.path("finalStatus").asText()).isEqualTo("DISCUSS");
        assertThat(firedRule(recommendation, "LIV-HCC-03").path("rationale").asText()).isNotBlank();
        String taskId = boardTaskOf(rest, caseId);

        // a board member without the chair role, and without a long enough reason
        ResponseEntity<JsonNode> refused = post(board(), "/api/tasks/" + taskId + "/complete",
                Map.of("decisionCode", "ABLATION", "intent", "CURATIVE", "rationale", "Single HCC 40 mm.",
                        "overrideReason", "too short"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused.getBody())).contains("overrideReason", "decisionCode");
        assertThat(jdbc.queryForObject("select count(*) from app.board_decision where case_id = ?", Integer.class, caseId))
                .isZero();
        assertThat(get(board(), "/api/cases/" + caseId).getBody().path("stage").asText()).isEqualTo("MDT_REVIEW");

        // the chair signs off with the reason
        String reason = "HCC 40 mm in segment 6, resection declined: microwave ablation with overlapping zones.";
        ResponseEntity<JsonNode> accepted = post(chair(), "/api/tasks/" + taskId + "/complete",
                Map.of("decisionCode", "ABLATION", "intent", "CURATIVE", "rationale", "Single HCC 40 mm.",
                        "overrideReason", reason));
        assertThat(accepted.getStatusCode()).as("answer %s", accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(get(chair(), "/api/cases/" + caseId).getBody().path("stage").asText())
                .isEqualTo(DecisionCode.ABLATION.nextStage().name());
        assertThat(jdbc.queryForMap("select concordant, override_reason, recommended_status, decided_by "
                + "from app.board_decision where case_id = ?", caseId))
                .containsEntry("concordant", false)
                .containsEntry("override_reason", reason)
                .containsEntry("recommended_status", "DISCUSS")
                .containsEntry("decided_by", "chair");
        assertThat(jdbc.queryForObject("select decision_code from app.clinical_case where id = ?", String.class, caseId))
                .isEqualTo("ABLATION");
    }

    @Test
    void referralDateDrivesTheBoardReviewDueDate() {
        ObjectNode document = hccCase(uniquePseudonym("DUE"));
        UUID caseId = TestCases.refer(rest, document);
        LocalDate referralDate = LocalDate.parse(document.path("dates").path("referralDate").asText());

        JsonNode review = get(board(), "/api/cases/" + caseId).getBody().path("openTasks").get(0);

        // TMR-02: ablationpath.pathway.referral-to-mdt-days = 21, at the start of that day in the server's zone
        java.time.Instant due = java.time.Instant.parse(review.path("due").asText());
        assertThat(due).isEqualTo(referralDate.plusDays(21).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    }

    private static JsonNode firedRule(JsonNode recommendation, String id) {
        return StreamSupport.stream(recommendation.path("rulesFired").spliterator(), false)
                .filter(r -> id.equals(r.path("id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + recommendation.path("rulesFired")));
    }

    static java.util.List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.path("errors").spliterator(), false).map(e -> e.path("field").asText()).toList();
    }
}
