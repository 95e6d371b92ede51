package org.ablationpath.safety.web;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.CaseWalk;
import org.ablationpath.MovableClock;
import org.ablationpath.outcomes.RegistryRecompute;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * TMR-11 on PostgreSQL: a death within 30 days of a session (ALR-01) opens the morbidity and mortality review for the
 * board chair and the operator IR; completing it through the task API stores the review, which the registry's
 * procedureRelatedDeath follows (OUT-12); bad input is refused naming the field; an overdue review is a deviation
 * and reaches the quality lead (the data manager by default); voiding the case removes it.
 */
@AblationPathTest
class MortalityReviewApiTest {

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
    void theReviewOfADeathWithin30DaysIsStoredAndDecidesTheRegistrysProcedureRelatedDeath() {
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        LocalDate session = walk.toResponseAssessment("MM-" + UUID.randomUUID().toString().substring(0, 8));
        UUID caseId = walk.caseId();
        LocalDate death = session.plusDays(20);
        reportDeath(caseId, death, "TREATMENT_RELATED");
        recompute.recomputeQueued();
        assertThat(procedureRelatedDeath(caseId)).as("from the cause of death before the review").isTrue();

        JsonNode task = walk.openTask("mortality-review");
        assertThat(task).as("M&M review task").isNotNull();
        String taskId = task.path("id").asText();
        assertThat(Instant.parse(task.path("due").asText()))
                .isEqualTo(LocalDate.now(clock).plusDays(14).atStartOfDay(ZoneId.systemDefault()).toInstant());
        ResponseEntity<JsonNode> described = get(as("chair"), "/api/tasks/" + taskId);
        assertThat(described.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(described.getBody().path("formFields").findValuesAsText("name"))
                .containsExactly("reviewDate", "procedureRelated", "summary", "actions");
        assertThat(get(as("radiologist"), "/api/tasks/" + taskId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(as("datamanager"), "/api/tasks/" + taskId).getStatusCode()).isNotEqualTo(HttpStatus.OK);

        LocalDate today = LocalDate.now(clock);
        assertThat(problemFields(complete(taskId, Map.of("reviewDate", today.toString()))))
                .containsExactlyInAnyOrder("procedureRelated", "summary");
        assertThat(problemFields(complete(taskId, review(today.plusDays(1), false)))).containsExactly("reviewDate");
        assertThat(problemFields(complete(taskId, review(death.minusDays(1), false)))).containsExactly("reviewDate");
        assertThat(jdbc.queryForObject("select count(*) from app.mortality_review where case_id = ?", Long.class, caseId))
                .isZero();

        ResponseEntity<JsonNode> done = complete(taskId, review(today, false));

        assertThat(done.getStatusCode()).as("answer %s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForMap("select procedure_related, summary, actions, created_by from app.mortality_review"
                + " where case_id = ?", caseId)).isEqualTo(Map.of("procedure_related", false,
                "summary", "Pulmonary embolism on day 20, unrelated to the ablation.", "actions", "None",
                "created_by", "chair"));
        recompute.recomputeQueued();
        assertThat(procedureRelatedDeath(caseId)).as("the review's finding").isFalse();
        JsonNode reviews = get(as("nurse"), "/api/cases/" + caseId).getBody().path("sections").path("mortalityReviews");
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).path("procedureRelated").asBoolean(true)).isFalse();
        assertThat(walk.openTask("mortality-review")).isNull();
    }

    @Test
    void anOverdueReviewIsADeviationAndReachesTheQualityLeadAndVoidingTheCaseRemovesIt() {
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        LocalDate session = walk.toResponseAssessment("MM-" + UUID.randomUUID().toString().substring(0, 8));
        UUID caseId = walk.caseId();
        reportDeath(caseId, session.plusDays(20), "OTHER");
        LocalDate alertDay = LocalDate.now(clock);
        String taskId = walk.openTask("mortality-review").path("id").asText();

        walk.travelTo(alertDay.plusDays(14));
        assertThat(deviations(caseId)).isEmpty();
        walk.travelTo(alertDay.plusDays(15));

        assertThat(deviations(caseId)).containsExactly("MORTALITY_REVIEW_OVERDUE");
        assertThat(walk.openTask("mortality-review").path("id").asText()).isEqualTo(taskId);
        assertThat(get(as("datamanager"), "/api/tasks/" + taskId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(as("chair"), "/api/tasks/" + taskId).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(post(as("physician"), "/api/cases/" + caseId + "/void", Map.of("reason", "Test case entered twice"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("mortality-review")
                .processInstanceBusinessKey(caseId.toString()).count()).isZero();
    }

    private void reportDeath(UUID caseId, LocalDate date, String cause) {
        ResponseEntity<JsonNode> ended = post(as("physician"), "/api/cases/" + caseId + "/end-of-follow-up",
                Map.of("reason", "DEATH", "date", date.toString(), "causeOfDeath", cause));
        assertThat(ended.getStatusCode()).as("answer %s", ended.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private static Map<String, Object> review(LocalDate date, boolean procedureRelated) {
        return Map.of("reviewDate", date.toString(), "procedureRelated", procedureRelated,
                "summary", "Pulmonary embolism on day 20, unrelated to the ablation.", "actions", "None");
    }

    private ResponseEntity<JsonNode> complete(String taskId, Map<String, ?> form) {
        return post(as("chair"), "/api/tasks/" + taskId + "/complete", form);
    }

    private Boolean procedureRelatedDeath(UUID caseId) {
        return jdbc.queryForObject("select procedure_related_death from app.outcome_patient where case_id = ?",
                Boolean.class, caseId);
    }

    private List<String> deviations(UUID caseId) {
        return jdbc.queryForList("select code from app.pathway_deviation where case_id = ?", String.class, caseId);
    }

    private static List<String> problemFields(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return answer.getBody().path("errors").findValuesAsText("field");
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }
}
