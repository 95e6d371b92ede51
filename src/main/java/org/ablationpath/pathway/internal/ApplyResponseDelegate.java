package org.ablationpath.pathway.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.imaging.ResponseAssessmentSummary;
import org.ablationpath.imaging.ResponseAssessments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * STG-09: the study meets the grid point whose window contains its date (FUP-02, pathway.md 7.3), and FUP-06 may
 * switch the liver schedule to high risk. A study without contrast, or one before the response window, starts the
 * ALR-11 watch of the window (FUP-03).
 */
@Component("applyResponseDelegate")
class ApplyResponseDelegate implements JavaDelegate {

    private final FollowUpSchedule followUp;
    private final ResponseAssessments assessments;
    private final ResponseContrastWatch contrastWatch;

    ApplyResponseDelegate(FollowUpSchedule followUp, ResponseAssessments assessments, ResponseContrastWatch contrastWatch) {
        this.followUp = followUp;
        this.assessments = assessments;
        this.contrastWatch = contrastWatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = ProcessVariables.caseId(execution);
        Optional<ResponseAssessmentSummary> latest = assessments.latest(caseId);
        LocalDate studyDate = latest.map(ResponseAssessmentSummary::studyDate).orElseGet(PathwayTimers::today);
        boolean contrast = latest.map(ResponseAssessmentSummary::contrast).orElse(true);
        List<ScheduledVisit> metWithoutContrast = followUp.recordResponseImaging(caseId, studyDate, contrast);
        followUp.reviewRiskAfterResponse(caseId);
        contrastWatch.start(caseId, metWithoutContrast);
    }
}
