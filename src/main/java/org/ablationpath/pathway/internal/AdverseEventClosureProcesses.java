package org.ablationpath.pathway.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.procedure.ProcedureSession;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * TMR-10: one {@code adverse-event-closure} process per session, started beside the procedure episode (whose
 * terminate ends must not cancel it, and which must not wait for it), with the case as business key so that its task
 * is a task of the case. The case's end (STG-12, voiding) cancels every closure still open.
 */
@Component
class AdverseEventClosureProcesses {

    static final String PROCESS_KEY = "adverse-event-closure";
    static final String CASE_ENDED = "CaseEnded";
    static final String SESSION_ID = "sessionId";
    static final String OPENS = "aeClosureOpens";
    static final String DUE = "aeClosureDue";
    static final String GRACE_ENDS = "aeClosureGraceEnds";

    private final RuntimeService runtime;
    private final int closureDay;
    private final int graceDays;

    AdverseEventClosureProcesses(RuntimeService runtime,
                                 @Value("${ablationpath.pathway.ae-closure-day}") int closureDay,
                                 @Value("${ablationpath.pathway.ae-closure-grace-days}") int graceDays) {
        this.runtime = runtime;
        this.closureDay = closureDay;
        this.graceDays = graceDays;
    }

    /** The task appears on day 30, is due on the last day of grace, and the breach fires the day after it. */
    void start(UUID caseId, String centerId, ProcedureSession session) {
        LocalDate opens = session.date().plusDays(closureDay);
        LocalDate lastDayOfGrace = opens.plusDays(graceDays);
        runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(caseId.toString())
                .setVariable(ProcessVariables.CASE_ID, caseId.toString())
                .setVariable(ProcessVariables.CENTER_ID, centerId)
                .setVariable(SESSION_ID, session.id().toString())
                .setVariable(OPENS, PathwayTimers.startOf(opens))
                .setVariable(DUE, PathwayTimers.startOf(lastDayOfGrace))
                .setVariable(GRACE_ENDS, PathwayTimers.closingOf(lastDayOfGrace))
                .execute();
    }

    /** Cancels the case's open closures (only they subscribe to {@value #CASE_ENDED}). */
    void endOfCase(UUID caseId) {
        runtime.createMessageCorrelation(CASE_ENDED)
                .processInstanceBusinessKey(caseId.toString())
                .correlateAllWithResult();
    }
}
