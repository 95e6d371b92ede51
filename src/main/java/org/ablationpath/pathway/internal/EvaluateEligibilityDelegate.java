package org.ablationpath.pathway.internal;

import java.util.UUID;
import org.ablationpath.referral.CaseAssessment;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** STG-03: evaluates the case with the rules (stored with the case); complete data go before the board. */
@Component("evaluateEligibilityDelegate")
class EvaluateEligibilityDelegate implements JavaDelegate {

    static final String INVALID = "INVALID";

    private final CaseAssessment assessment;
    private final CaseDirectory cases;

    EvaluateEligibilityDelegate(CaseAssessment assessment, CaseDirectory cases) {
        this.assessment = assessment;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = ProcessVariables.caseId(execution);
        String status = assessment.assess(caseId, "PRE_ASSESSMENT").finalStatus();
        if (!INVALID.equals(status)) {
            cases.moveToStage(caseId, CaseStage.MDT_REVIEW);
        }
        execution.setVariable(ProcessVariables.ELIGIBILITY_STATUS, status);
    }
}
