package org.ablationpath.pathway.internal;

import java.util.UUID;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.imaging.ResponseAssessmentSummary;
import org.ablationpath.imaging.ResponseAssessments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** STG-09: the response grid point is met on the study's date (FUP-02), and FUP-06 may switch the liver schedule to high risk. */
@Component("applyResponseDelegate")
class ApplyResponseDelegate implements JavaDelegate {

    private final FollowUpSchedule followUp;
    private final ResponseAssessments assessments;

    ApplyResponseDelegate(FollowUpSchedule followUp, ResponseAssessments assessments) {
        this.followUp = followUp;
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = ProcessVariables.caseId(execution);
        followUp.recordResponseImaging(caseId, assessments.latest(caseId).map(ResponseAssessmentSummary::studyDate)
                .orElseGet(PathwayTimers::today));
        followUp.reviewRiskAfterResponse(caseId);
    }
}
