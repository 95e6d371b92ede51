package org.ablationpath.pathway.internal;

import java.util.List;
import java.util.UUID;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.imaging.ResponseAssessmentSummary;
import org.ablationpath.imaging.ResponseAssessments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ALR-11 watch, at the window's close: which watched response points have no contrast study dated inside their
 * window (STG-09: the response is assessed on contrast imaging). Sets the gateway's flag and the points to report.
 */
@Component("checkResponseContrastDelegate")
class CheckResponseContrastDelegate implements JavaDelegate {

    private final FollowUpSchedule followUp;
    private final ResponseAssessments assessments;

    CheckResponseContrastDelegate(FollowUpSchedule followUp, ResponseAssessments assessments) {
        this.followUp = followUp;
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = ProcessVariables.caseId(execution);
        List<ResponseAssessmentSummary> contrastStudies = assessments.ofCase(caseId).stream()
                .filter(ResponseAssessmentSummary::contrast).toList();
        List<UUID> missing = ResponseContrastWatch.split(execution.getVariable(ProcessVariables.CONTRAST_WATCH_VISITS)).stream()
                .flatMap(id -> followUp.visit(id).stream())
                .filter(visit -> contrastStudies.stream().noneMatch(study -> inWindow(study, visit)))
                .map(ScheduledVisit::id)
                .toList();
        execution.setVariableLocal(ProcessVariables.VISITS_WITHOUT_CONTRAST, ResponseContrastWatch.join(missing));
        execution.setVariableLocal(ProcessVariables.CONTRAST_IMAGING_IN_WINDOW, missing.isEmpty());
    }

    private static boolean inWindow(ResponseAssessmentSummary study, ScheduledVisit visit) {
        return !study.studyDate().isBefore(visit.windowStart()) && !study.studyDate().isAfter(visit.windowEnd());
    }
}
