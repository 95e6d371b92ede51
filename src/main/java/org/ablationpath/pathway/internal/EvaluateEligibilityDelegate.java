package org.ablationpath.pathway.internal;

import java.util.UUID;
import org.ablationpath.referral.CaseAssessment;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** STG-03: evaluates the case with the rules (stored with the case) and puts it before the board. */
@Component("evaluateEligibilityDelegate")
class EvaluateEligibilityDelegate implements JavaDelegate {

    private final CaseAssessment assessment;
    private final CaseDirectory cases;

    EvaluateEligibilityDelegate(CaseAssessment assessment, CaseDirectory cases) {
        this.assessment = assessment;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable(ProcessVariables.CASE_ID));
        String status = assessment.assess(caseId, "PRE_ASSESSMENT").finalStatus();
        cases.moveToStage(caseId, CaseStage.MDT_REVIEW);
        execution.setVariable(ProcessVariables.ELIGIBILITY_STATUS, status);
    }
}
