package org.ablationpath.referral.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.eligibility.EligibilityService;
import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.referral.CaseAssessment;
import org.ablationpath.referral.CaseDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RuleBasedCaseAssessment implements CaseAssessment {

    private final CaseDirectory cases;
    private final EligibilityService eligibility;
    private final EvaluationHistory history;
    private final Clock clock;

    RuleBasedCaseAssessment(CaseDirectory cases, EligibilityService eligibility, EvaluationHistory history,
                            java.util.Optional<Clock> clock) {
        this.cases = cases;
        this.eligibility = eligibility;
        this.history = history;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public StoredEvaluation assess(UUID caseId, String trigger) {
        // the rules take the MDT date as evaluation date when the case has one, else today (eligibility.md section 1)
        return history.record(caseId, eligibility.evaluate(cases.caseDocument(caseId, LocalDate.now(clock))), trigger);
    }
}
