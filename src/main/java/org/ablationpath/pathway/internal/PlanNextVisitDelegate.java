package org.ablationpath.pathway.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.UnscheduledIndication;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * STG-10: the next visit of the stored grid and its window, for the visit process's timers. None left: the schedule
 * is complete (END-04) only if every treated organ has one; otherwise {@code scheduleMissing} with the indications
 * that have none (pathway.md 7.4), for the operator's decision.
 */
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
        UUID caseId = ProcessVariables.caseId(execution);
        cases.moveToStage(caseId, CaseStage.SURVEILLANCE);
        Optional<ScheduledVisit> next = followUp.nextPlannedVisit(caseId);
        execution.setVariable(ProcessVariables.VISIT_PLANNED, next.isPresent());
        next.ifPresent(visit -> VisitVariables.set(execution, visit));
        List<UnscheduledIndication> unscheduled = next.isPresent() ? List.of() : followUp.indicationsWithoutSchedule(caseId);
        execution.setVariable(ProcessVariables.SCHEDULE_MISSING, !unscheduled.isEmpty());
        execution.setVariable(ProcessVariables.INDICATIONS_WITHOUT_SCHEDULE,
                unscheduled.stream().map(UnscheduledIndication::label).collect(Collectors.joining("; ")));
    }
}
