package org.ablationpath.pathway.internal;

import java.util.UUID;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Moves the case to the stage its board decision leads to (pathway.md section 6). */
@Component("applyBoardDecisionDelegate")
class ApplyBoardDecisionDelegate implements JavaDelegate {

    private final CaseDirectory cases;

    ApplyBoardDecisionDelegate(CaseDirectory cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable(ProcessVariables.CASE_ID));
        cases.recordDecision(caseId, (String) execution.getVariable(ProcessVariables.DECISION_CODE),
                CaseStage.valueOf((String) execution.getVariable(ProcessVariables.NEXT_STAGE)));
    }
}
