package org.ablationpath.pathway.internal;

import org.ablationpath.followup.ScheduledVisit;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables the follow-up-visit process's timers and task read, from a stored visit. */
final class VisitVariables {

    private VisitVariables() {
    }

    static void set(VariableScope scope, ScheduledVisit visit) {
        scope.setVariable(ProcessVariables.VISIT_ID, visit.id().toString());
        scope.setVariable(ProcessVariables.VISIT_WINDOW_START, PathwayTimers.startOf(visit.windowStart()));
        scope.setVariable(ProcessVariables.VISIT_TARGET, PathwayTimers.startOf(visit.targetDate()));
        scope.setVariable(ProcessVariables.VISIT_WINDOW_CLOSES, PathwayTimers.closingOf(visit.windowEnd()));
    }
}
