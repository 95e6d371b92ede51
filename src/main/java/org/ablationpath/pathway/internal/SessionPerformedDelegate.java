package org.ablationpath.pathway.internal;

import java.util.Comparator;
import java.util.UUID;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the session (STG-07): the follow-up grid is anchored on it (FUP-01), and the day-7 call (TMR-09) and the
 * response window (TMR-12, the grid's first visit after the session) are set for the episode's timers.
 */
@Component("sessionPerformedDelegate")
class SessionPerformedDelegate implements JavaDelegate {

    private static final String PHONE_CALL_PREFIX = "D";

    private final ProcedureSessions sessions;
    private final FollowUpSchedule followUp;
    private final CaseDirectory cases;
    private final PathwayTimers timers;

    SessionPerformedDelegate(ProcedureSessions sessions, FollowUpSchedule followUp, CaseDirectory cases, PathwayTimers timers) {
        this.sessions = sessions;
        this.followUp = followUp;
        this.cases = cases;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = ProcessVariables.caseId(execution);
        ProcedureSession session = sessions.sessions(caseId).stream().max(Comparator.comparingInt(ProcedureSession::number))
                .orElseThrow(() -> new IllegalStateException("No session recorded for case " + caseId));
        cases.moveToStage(caseId, CaseStage.POST_PROCEDURE);
        followUp.planAfterSession(caseId, session.date());
        execution.setVariable(ProcessVariables.DAY7_CALL_DATE, timers.day7Call(session.date()));
        execution.setVariable(ProcessVariables.DAY7_CALL_DUE, timers.day7CallDue(session.date()));
        boolean responseImaging = followUp.responseImagingRequired(caseId);
        execution.setVariable(ProcessVariables.RESPONSE_IMAGING_REQUIRED, responseImaging);
        if (responseImaging) {
            ScheduledVisit response = followUp.visits(caseId).stream()
                    .filter(v -> v.status() == VisitStatus.PLANNED && !v.gridLabel().startsWith(PHONE_CALL_PREFIX)
                            && !v.targetDate().isBefore(session.date()))
                    .min(Comparator.comparing(ScheduledVisit::targetDate))
                    .orElseThrow(() -> new IllegalStateException("No response visit planned for case " + caseId));
            execution.setVariable(ProcessVariables.RESPONSE_WINDOW_START, PathwayTimers.startOf(response.windowStart()));
            execution.setVariable(ProcessVariables.RESPONSE_DUE, PathwayTimers.startOf(response.targetDate()));
            execution.setVariable(ProcessVariables.RESPONSE_WINDOW_CLOSES, PathwayTimers.closingOf(response.windowEnd()));
        }
    }
}
