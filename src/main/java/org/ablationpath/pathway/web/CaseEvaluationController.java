package org.ablationpath.pathway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ablationpath.eligibility.EvaluationReview;
import org.ablationpath.eligibility.FiredRule;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.pathway.CaseEvaluations;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.platform.web.StrictJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluations of a case of the caller's centers: history, re-evaluation (stored, trigger MANUAL) and the
 * physicians' accept/override of the latest one. A case of another center is a 404.
 */
@RestController
class CaseEvaluationController {

    private final CaseEvaluations evaluations;
    private final ObjectMapper json;

    CaseEvaluationController(CaseEvaluations evaluations, ObjectMapper json) {
        this.evaluations = evaluations;
        this.json = json;
    }

    /** A stored evaluation as the API shows it. */
    record EvaluationEntry(UUID id, UUID caseId, Instant evaluatedAt, LocalDate evaluationDate, String finalStatus,
                           boolean correctable, String rulesVersion, String ruleProfile, String trigger,
                           List<FiredRule> rulesFired, List<String> requiredActions, List<EvaluationReview> reviews) {
        static EvaluationEntry of(StoredEvaluation e, List<EvaluationReview> reviews) {
            return new EvaluationEntry(e.id(), e.caseId(), e.evaluatedAt(), e.evaluationDate(), e.finalStatus(), e.correctable(),
                    e.rulesVersion(), e.ruleProfile(), e.trigger(), e.rulesFired(), e.requiredActions(), reviews);
        }
    }

    /** Body of a review. */
    record ReviewRequest(String decision, String reasonCode, String comment) {
    }

    @GetMapping(path = "/api/cases/{caseId}/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','NURSE')")
    List<EvaluationEntry> history(@PathVariable UUID caseId) {
        return evaluations.history(caseId).orElseThrow(() -> new NotFoundException("No such case")).stream()
                .map(entry -> EvaluationEntry.of(entry.evaluation(), entry.reviews()))
                .toList();
    }

    @PostMapping(path = "/api/cases/{caseId}/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','NURSE')")
    ResponseEntity<EvaluationEntry> reevaluate(@PathVariable UUID caseId) {
        StoredEvaluation stored = evaluations.reevaluate(caseId);
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/evaluations/" + stored.id()))
                .body(EvaluationEntry.of(stored, List.of()));
    }

    @PostMapping(path = "/api/cases/{caseId}/evaluations/{evaluationId}/reviews",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST')")
    ResponseEntity<EvaluationReview> review(@PathVariable UUID caseId, @PathVariable UUID evaluationId,
                                            @RequestBody JsonNode body) {
        ReviewRequest request = StrictJson.read(json, body, ReviewRequest.class, "");
        EvaluationReview review = evaluations.review(caseId, evaluationId, request.decision(), request.reasonCode(),
                request.comment());
        return ResponseEntity.status(201).body(review);
    }
}
