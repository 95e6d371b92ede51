package org.ablationpath.pathway.internal;

import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the session (STG-07): the grids of the organs it treated are anchored on it (FUP-01), and the day-7 call
 * (TMR-09) and the response window (TMR-12, the response point of those grids) are set for the episode's timers; the
 * session's 30-day adverse-event closure (TMR-10) starts beside the episode.
 */
@Component("sessionPerformedDelegate")
class SessionPerformedDelegate implements JavaDelegate {

    private final ProcedureSessions sessions;
    private final FollowUpSchedule followUp;
    private final CaseDirectory cases;
    private final PathwayTimers timers;
    private final AdverseEventClosureProcesses closures;

    SessionPerformedDelegate(ProcedureSessions sessions, FollowUpSchedule followUp, CaseDirectory cases, PathwayTimers timers,
                             AdverseEventClosureProcesses closures) {
        this.sessions = sessions;
        this.followUp = followUp;
        this.cases = cases;
        this.timers = timers;
        this.closures = closures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = ProcessVariables.caseId(execution);
        ProcedureSession session = sessions.sessions(caseId).stream().max(Comparator.comparingInt(ProcedureSession::number))
                .orElseThrow(() -> new IllegalStateException("No session recorded for case " + caseId));
        cases.moveToStage(caseId, CaseStage.POST_PROCEDURE);
        // FUP-01: only the grids of the organs this session treated restart from it
        followUp.planAfterSession(caseId, session.date(), session.tumorIds());
        execution.setVariable(ProcessVariables.DAY7_CALL_DATE, timers.day7Call(session.date()));
        execution.setVariable(ProcessVariables.DAY7_CALL_DUE, timers.day7CallDue(session.date()));
        // FUP-03: the response point of a grid anchored on this session, not a later visit of an organ not treated now
        Optional<ScheduledVisit> response = followUp.responseVisit(caseId, session.date());
        execution.setVariable(ProcessVariables.RESPONSE_IMAGING_REQUIRED, response.isPresent());
        response.ifPresent(visit -> {
            execution.setVariable(ProcessVariables.RESPONSE_WINDOW_START, PathwayTimers.startOf(visit.windowStart()));
            execution.setVariable(ProcessVariables.RESPONSE_DUE, PathwayTimers.startOf(visit.targetDate()));
            execution.setVariable(ProcessVariables.RESPONSE_WINDOW_CLOSES, PathwayTimers.closingOf(visit.windowEnd()));
        });
        closures.start(caseId, ProcessVariables.centerId(execution), session);
    }
}
