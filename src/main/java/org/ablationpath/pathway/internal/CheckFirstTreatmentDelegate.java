package org.ablationpath.pathway.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.ablationpath.referral.CaseSummary;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * TMR-04 once its target date has passed (the day after it): in time when an ablation session took place by then, or when the board chose another
 * treatment (its start is tracked by the follow-through task and TMR-03, not by the ablation pathway).
 */
@Component("checkFirstTreatmentDelegate")
class CheckFirstTreatmentDelegate implements JavaDelegate {

    private static final Set<CaseStage> OFF_THE_ABLATION_PATH = Set.of(CaseStage.OTHER_TREATMENT_TRACKING, CaseStage.END_OF_FOLLOW_UP);

    private final ProcedureSessions sessions;
    private final CaseDirectory cases;
    private final PathwayTimers timers;

    CheckFirstTreatmentDelegate(ProcedureSessions sessions, CaseDirectory cases, PathwayTimers timers) {
        this.sessions = sessions;
        this.cases = cases;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = ProcessVariables.caseId(execution);
        CaseSummary summary = cases.summaries(Set.of(caseId)).get(caseId);
        LocalDate limit = timers.firstTreatmentLimit(summary.referralDate());
        boolean ablatedInTime = sessions.sessions(caseId).stream().anyMatch(session -> !session.date().isAfter(limit));
        execution.setVariable(ProcessVariables.FIRST_TREATMENT_IN_TIME,
                ablatedInTime || OFF_THE_ABLATION_PATH.contains(summary.stage()));
    }
}
