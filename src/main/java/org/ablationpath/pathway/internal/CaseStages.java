package org.ablationpath.pathway.internal;

import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Execution listeners in the BPMN move the case to the stage a step belongs to: {@code ${caseStages.enter(execution, 'SURVEILLANCE')}}. */
@Component("caseStages")
public class CaseStages {

    private final CaseDirectory cases;

    CaseStages(CaseDirectory cases) {
        this.cases = cases;
    }

    public void enter(DelegateExecution execution, String stage) {
        cases.moveToStage(ProcessVariables.caseId(execution), CaseStage.valueOf(stage));
    }
}
