package org.ablationpath.safety;

import java.util.List;

/**
 * What the safety rules say about a case: each adverse event classified, each post-procedure lab value graded, the
 * alerts asked for, and the ids of the rules that fired, stamped with the safety rules version.
 */
public record SafetyAssessment(List<AeClassification> adverseEvents, List<LabGrade> labGrades, List<AlertDraft> alerts,
                               List<String> rulesFired, String rulesVersion) {
}
