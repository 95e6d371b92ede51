package org.ablationpath.pathway.internal;

import org.ablationpath.followup.FollowUpSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ALR-11 watch: the window closed with only imaging without contrast, or with no imaging inside it after a study that
 * predated it; the follow-up module reports it (FUP-03). A second run of the same job raises nothing new: the alert
 * store keeps one alert per response point.
 */
@Component("raiseResponseWithoutContrastDelegate")
class RaiseResponseWithoutContrastDelegate implements JavaDelegate {

    private final FollowUpSchedule followUp;

    RaiseResponseWithoutContrastDelegate(FollowUpSchedule followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUp.responseWindowClosedWithoutContrast(
                ResponseContrastWatch.split(execution.getVariable(ProcessVariables.VISITS_WITHOUT_CONTRAST)));
    }
}
