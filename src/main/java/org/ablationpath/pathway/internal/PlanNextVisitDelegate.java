package org.ablationpath.pathway.internal;

import java.util.Optional;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** STG-10: the next visit of the stored grid and its window, for the visit process's timers; none when complete. */
@Component("planNextVisitDelegate")
class PlanNextVisitDelegate implements JavaDelegate {

    private final FollowUpSchedule followUp;
    private final CaseDirectory cases;

    PlanNextVisitDelegate(FollowUpSchedule followUp, CaseDirectory cases) {
        this.followUp = followUp;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.moveToStage(ProcessVariables.caseId(execution), CaseStage.SURVEILLANCE);
        Optional<ScheduledVisit> next = followUp.nextPlannedVisit(ProcessVariables.caseId(execution));
        execution.setVariable(ProcessVariables.VISIT_PLANNED, next.isPresent());
        next.ifPresent(visit -> VisitVariables.set(execution, visit));
    }
}
