package org.ablationpath.eligibility.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.eligibility.EligibilityEvaluation;
import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.eligibility.StoredEvaluation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaEvaluationHistory implements EvaluationHistory {

    private final StoredEvaluationRepository evaluations;
    private final ObjectMapper json;

    JpaEvaluationHistory(StoredEvaluationRepository evaluations, ObjectMapper json) {
        this.evaluations = evaluations;
        this.json = json;
    }

    @Override
    @Transactional
    public StoredEvaluation record(UUID caseId, EligibilityEvaluation evaluation, String trigger) {
        JsonNode result = json.valueToTree(evaluation);
        StoredEvaluationEntity entity = new StoredEvaluationEntity(caseId, evaluation.evaluationDate(), evaluation.rulesVersion(),
                ruleProfileOf(evaluation), evaluation.eligibility().finalStatus(), evaluation.eligibility().correctable(), trigger,
                evaluation.normalizedInputs(), result);
        return evaluations.save(entity).toRecord();
    }

    private static String ruleProfileOf(EligibilityEvaluation evaluation) {
        String profile = evaluation.normalizedInputs() == null ? null : evaluation.normalizedInputs().path("ruleProfile").asText(null);
        return profile == null || profile.isBlank() ? "INTL" : profile;
    }

    @Override
    public Optional<StoredEvaluation> latest(UUID caseId) {
        return evaluations.findFirstByCaseIdOrderByEvaluatedAtDesc(caseId).map(StoredEvaluationEntity::toRecord);
    }

    @Override
    public Optional<StoredEvaluation> find(UUID evaluationId) {
        return evaluations.findById(evaluationId).map(StoredEvaluationEntity::toRecord);
    }

    @Override
    public List<StoredEvaluation> history(UUID caseId) {
        return evaluations.findByCaseIdOrderByEvaluatedAtDesc(caseId).stream().map(StoredEvaluationEntity::toRecord).toList();
    }
}
