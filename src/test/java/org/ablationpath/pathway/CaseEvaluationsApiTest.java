package org.ablationpath.pathway;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.lowPlateletsCase;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.refer;
import static org.ablationpath.TestCases.referral;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.ablationpath.AblationPathTest;
import org.ablationpath.eligibility.CenterRuleSets;
import org.ablationpath.eligibility.EligibilityService;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Re-evaluation with history, accept/override of the latest recommendation, override statistics, the rules API. */
@AblationPathTest
class CaseEvaluationsApiTest {

    private static final String PASSWORD = "a-long-test-password-42";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDirectory users;
    @Autowired
    CenterRuleSets ruleSets;
    @Autowired
    EligibilityService defaults;

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private static ObjectNode review(String decision, String reason, String comment) {
        ObjectNode body = org.ablationpath.TestCases.JSON.createObjectNode();
        body.put("decision", decision);
        if (reason != null) {
            body.put("reasonCode", reason);
        }
        if (comment != null) {
            body.put("comment", comment);
        }
        return body;
    }

    /** A physician of the demo's second center (the demo has none). */
    private String physicianOfC02() {
        String name = "phy2-" + uniquePseudonym("U").substring(2, 10).toLowerCase();
        users.create(name, PASSWORD, "Test physician C02", Set.of(Role.REFERRING_PHYSICIAN), Set.of("C02"));
        return name;
    }

    @Test
    void reEvaluationStoresANewEvaluationAndTheHistoryIsNewestFirst() {
        UUID caseId = refer(rest, hccCase(uniquePseudonym("REEV")));
        long logged = jdbc.queryForObject("select count(*) from app.access_log where case_id = ?", Long.class, caseId);

        ResponseEntity<JsonNode> created = post(as("nurse"), "/api/cases/" + caseId + "/evaluations", "");
        ResponseEntity<JsonNode> history = get(as("radiologist"), "/api/cases/" + caseId + "/evaluations");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("trigger").asText()).isEqualTo("MANUAL");
        assertThat(created.getBody().path("rulesVersion").asText()).isEqualTo(defaults.rulesVersion());
        assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(history.getBody()).hasSize(2);
        assertThat(history.getBody().get(0).path("id").asText()).isEqualTo(created.getBody().path("id").asText());
        assertThat(history.getBody().get(0).path("trigger").asText()).isEqualTo("MANUAL");
        assertThat(history.getBody().get(1).path("trigger").asText()).isEqualTo("PRE_ASSESSMENT");
        assertThat(jdbc.queryForObject("select count(*) from app.access_log where case_id = ?", Long.class, caseId))
                .as("both reads are logged").isGreaterThanOrEqualTo(logged + 2);
    }

    @Test
    void anotherCentersCaseIsNotFoundAndOtherRolesAreRefused() {
        UUID caseId = refer(rest, hccCase(uniquePseudonym("REEV")));
        long stored = jdbc.queryForObject("select count(*) from app.rule_evaluation where case_id = ?", Long.class, caseId);

        assertThat(post(as("nurse2"), "/api/cases/" + caseId + "/evaluations", "").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(as("nurse2"), "/api/cases/" + caseId + "/evaluations").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(as("datamanager"), "/api/cases/" + caseId + "/evaluations", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(as("admin"), "/api/cases/" + caseId + "/evaluations", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select count(*) from app.rule_evaluation where case_id = ?", Long.class, caseId))
                .isEqualTo(stored);
    }

    @Test
    void aCaseOfAnOverriddenCenterIsEvaluatedWithThatCentersRules() {
        String physician = physicianOfC02();
        ObjectNode doc = hccCase(uniquePseudonym("C02"));
        ((ObjectNode) doc.path("labs")).put("inr", 1.7);

        ResponseEntity<JsonNode> created = post(rest.withBasicAuth(physician, PASSWORD), "/api/referrals", referral(doc));
        UUID caseId = UUID.fromString(created.getBody().path("caseId").asText());
        JsonNode latest = get(rest.withBasicAuth(physician, PASSWORD), "/api/cases/" + caseId + "/evaluations").getBody().get(0);

        assertThat(latest.path("finalStatus").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(latest.path("rulesVersion").asText()).isEqualTo(ruleSets.forCenter("C02").rulesVersion())
                .isNotEqualTo(defaults.rulesVersion());
    }

    @Test
    void physiciansAcceptOrOverrideTheLatestRecommendationAndTheStatisticsCountIt() {
        JsonNode before = statistic("GEN-03");
        UUID caseId = refer(rest, lowPlateletsCase(uniquePseudonym("OVR")));
        String first = get(as("physician"), "/api/cases/" + caseId + "/evaluations").getBody().get(0).path("id").asText();
        String latest = post(as("physician"), "/api/cases/" + caseId + "/evaluations", "").getBody().path("id").asText();
        String path = "/api/cases/" + caseId + "/evaluations/" + latest + "/reviews";

        ResponseEntity<JsonNode> tooShort = post(as("physician"), path, review("OVERRIDE", "PATIENT_PREFERENCE", "too short"));
        ResponseEntity<JsonNode> unknownReason = post(as("physician"), path,
                review("OVERRIDE", "BECAUSE", "Platelets will be transfused before the procedure."));
        ResponseEntity<JsonNode> older = post(as("physician"), "/api/cases/" + caseId + "/evaluations/" + first + "/reviews",
                review("ACCEPT", null, null));
        ResponseEntity<JsonNode> byBoard = post(as("board"), path, review("ACCEPT", null, null));
        ResponseEntity<JsonNode> otherCenter = post(rest.withBasicAuth(physicianOfC02(), PASSWORD), path, review("ACCEPT", null, null));
        ResponseEntity<JsonNode> accepted = post(as("radiologist"), path, review("ACCEPT", null, null));
        ResponseEntity<JsonNode> overridden = post(as("physician"), path,
                review("OVERRIDE", "CLINICAL_JUDGEMENT", "Platelets will be transfused before the procedure."));

        assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooShort.getBody().toString()).contains("comment");
        assertThat(unknownReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownReason.getBody().toString()).contains("reasonCode");
        assertThat(older.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(byBoard.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherCenter.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(overridden.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode review = overridden.getBody();
        assertThat(review.path("reviewedBy").asText()).isEqualTo("physician");
        assertThat(review.path("evaluationId").asText()).isEqualTo(latest);
        assertThat(review.path("ruleIds").toString()).contains("GEN-03");
        assertThat(review.path("reviewedAt").isMissingNode()).isFalse();

        JsonNode history = get(as("nurse"), "/api/cases/" + caseId + "/evaluations").getBody();
        assertThat(history.get(0).path("reviews")).hasSize(2);
        assertThat(history.get(0).path("reviews").get(0).path("decision").asText()).isEqualTo("OVERRIDE");

        JsonNode after = statistic("GEN-03");
        assertThat(after.path("fired").asLong()).isEqualTo(before.path("fired").asLong() + 2);
        assertThat(after.path("reviewed").asLong()).isEqualTo(before.path("reviewed").asLong() + 1);
        assertThat(after.path("overrides").asLong()).isEqualTo(before.path("overrides").asLong() + 1);
        assertThat(after.path("overrideRate").asDouble())
                .isCloseTo((double) after.path("overrides").asLong() / after.path("fired").asLong(), org.assertj.core.data.Offset.offset(0.0001));
        assertThat(get(as("physician"), "/api/rules/override-statistics").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void reviewsAreAppendOnly() {
        UUID caseId = refer(rest, lowPlateletsCase(uniquePseudonym("APP")));
        String latest = get(as("physician"), "/api/cases/" + caseId + "/evaluations").getBody().get(0).path("id").asText();
        post(as("physician"), "/api/cases/" + caseId + "/evaluations/" + latest + "/reviews", review("ACCEPT", null, null));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.update("update app.evaluation_review set decision = 'OVERRIDE' where case_id = ?", caseId))
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                jdbc.update("delete from app.evaluation_review where case_id = ?", caseId))
                .hasMessageContaining("append-only");
    }

    @Test
    void theRulesApiGivesTheCallersRuleSetAndEveryCenterToAdministrators() {
        JsonNode nurse = get(as("nurse"), "/api/rules").getBody();
        JsonNode nurse2 = get(as("nurse2"), "/api/rules").getBody();
        JsonNode admin = get(as("admin"), "/api/rules").getBody();

        assertThat(StreamSupport.stream(nurse.path("rules").spliterator(), false).map(r -> r.path("id").asText()))
                .contains("GEN-03", "GEN-04", "VAL-01");
        assertThat(nurse.path("rules").get(0).has("rationale")).isTrue();
        assertThat(nurse.path("ruleSet").path("rulesVersion").asText()).isEqualTo(defaults.rulesVersion());
        assertThat(nurse.path("ruleSet").path("parameters").path("inrHardAbove").asText()).isEqualTo("1.8");
        assertThat(nurse.path("centers")).isEmpty();
        assertThat(nurse.path("overrideReasons").toString()).contains("PATIENT_PREFERENCE", "OTHER");
        assertThat(nurse2.path("ruleSet").path("rulesVersion").asText()).isEqualTo(ruleSets.forCenter("C02").rulesVersion());
        assertThat(nurse2.path("ruleSet").path("parameters").path("inrHardAbove").asText()).isEqualTo("1.6");
        assertThat(StreamSupport.stream(admin.path("centers").spliterator(), false).map(c -> c.path("centerId").asText()))
                .contains("C01", "C02");
    }

    private JsonNode statistic(String ruleId) {
        ResponseEntity<JsonNode> stats = get(as("datamanager"), "/api/rules/override-statistics");
        assertThat(stats.getStatusCode()).isEqualTo(HttpStatus.OK);
        for (JsonNode s : stats.getBody()) {
            if (s.path("ruleId").asText().equals(ruleId)) {
                return s;
            }
        }
        return org.ablationpath.TestCases.JSON.createObjectNode().put("ruleId", ruleId).put("fired", 0).put("reviewed", 0)
                .put("overrides", 0);
    }
}
