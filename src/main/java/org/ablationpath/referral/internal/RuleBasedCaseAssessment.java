package org.ablationpath.referral.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.eligibility.CenterRuleSets;
import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.referral.CaseAssessment;
import org.ablationpath.referral.CaseDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RuleBasedCaseAssessment implements CaseAssessment {

    private final CaseDirectory cases;
    private final CaseRepository caseRecords;
    private final CenterRuleSets ruleSets;
    private final EvaluationHistory history;
    private final Clock clock;

    RuleBasedCaseAssessment(CaseDirectory cases, CaseRepository caseRecords, CenterRuleSets ruleSets, EvaluationHistory history,
                            java.util.Optional<Clock> clock) {
        this.cases = cases;
        this.caseRecords = caseRecords;
        this.ruleSets = ruleSets;
        this.history = history;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public StoredEvaluation assess(UUID caseId, String trigger) {
        return assess(caseId, trigger, LocalDate.now(clock));
    }

    @Override
    @Transactional
    public StoredEvaluation assess(UUID caseId, String trigger, LocalDate evaluationDate) {
        // the rules take the MDT date as evaluation date when the case has one, else today (eligibility.md section 1)
        // with the rule parameters of the case's center (CenterRuleSets), whose values are part of the rules version
        String centerId = caseRecords.findById(caseId).map(CaseEntity::centerId)
                .orElseThrow(() -> new NotFoundException("Unknown case"));
        return history.record(caseId, ruleSets.forCenter(centerId).evaluate(cases.caseDocument(caseId, evaluationDate)),
                trigger);
    }
}
