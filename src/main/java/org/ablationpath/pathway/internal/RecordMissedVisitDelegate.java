package org.ablationpath.pathway.internal;

import java.util.UUID;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.pathway.DeviationCode;
import org.ablationpath.pathway.PathwayDeviations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * FUP-04 / TMR-13: the window closed without a visit; the schedule notes it, the miss is a deviation to explain,
 * stored once per visit even when the window's timer job runs twice.
 */
@Component("recordMissedVisitDelegate")
class RecordMissedVisitDelegate implements JavaDelegate {

    private final FollowUpSchedule followUp;
    private final PathwayDeviations deviations;

    RecordMissedVisitDelegate(FollowUpSchedule followUp, PathwayDeviations deviations) {
        this.followUp = followUp;
        this.deviations = deviations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID visitId = UUID.fromString((String) execution.getVariable(ProcessVariables.VISIT_ID));
        followUp.recordMissed(visitId);
        UUID deviationId = deviations.record(ProcessVariables.caseId(execution), ProcessVariables.centerId(execution),
                DeviationCode.VISIT_MISSED, "visit:" + visitId);
        followUp.missRecordedAs(visitId, deviationId);
        execution.setVariable(ProcessVariables.DEVIATION_ID, deviationId.toString());
    }
}
