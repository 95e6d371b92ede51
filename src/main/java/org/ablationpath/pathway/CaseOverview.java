package org.ablationpath.pathway;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.platform.workflow.TaskItem;

/** A case as {@code GET /api/cases/{id}} and the case page show it. */
public record CaseOverview(UUID id, String patientPseudonym, String centerId, String stage, String stageCode,
                           LocalDate referralDate, String urgency, String question, String tumors,
                           String voidReason, Recommendation recommendation, List<TaskItem> openTasks,
                           Map<String, Object> sections) {

    /** The latest evaluation of the case. */
    public record Recommendation(UUID evaluationId, String finalStatus, boolean correctable, String rulesVersion,
                                 String ruleProfile, java.time.Instant evaluatedAt,
                                 List<org.ablationpath.eligibility.FiredRule> rulesFired, List<String> requiredActions) {
        static Recommendation of(StoredEvaluation e) {
            return new Recommendation(e.id(), e.finalStatus(), e.correctable(), e.rulesVersion(), e.ruleProfile(),
                    e.evaluatedAt(), e.rulesFired(), e.requiredActions());
        }
    }
}
