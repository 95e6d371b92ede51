package org.ablationpath.imaging.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.imaging.ResponseAssessmentSummary;
import org.ablationpath.imaging.ResponseAssessments;
import org.ablationpath.platform.workflow.CaseSection;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseAccess;

/** The response imaging of the case on the case page and as {@code imaging} in {@code GET /api/cases/{id}}. */
@org.springframework.stereotype.Component
class ImagingSection implements CaseSection {

    static final String READ_ACTION = "VIEW_IMAGING";

    private final ResponseAssessments assessments;
    private final CaseDirectory cases;
    private final AccessLog accessLog;

    ImagingSection(ResponseAssessments assessments, CaseDirectory cases, AccessLog accessLog) {
        this.assessments = assessments;
        this.cases = cases;
        this.accessLog = accessLog;
    }

    @Override
    public String key() {
        return "imaging";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Object> data(UUID caseId) {
        List<ResponseAssessmentSummary> studies = read(caseId);
        return studies.isEmpty() ? Optional.empty() : Optional.of(studies);
    }

    @Override
    public Component render(UUID caseId) {
        return new ImagingPanel(read(caseId));
    }

    /** The studies of a case the user may see, newest first; a read of imaging data is logged. */
    private List<ResponseAssessmentSummary> read(UUID caseId) {
        Optional<CaseAccess> kase = cases.visibleCaseAccess(caseId);
        if (kase.isEmpty()) {
            return List.of();
        }
        List<ResponseAssessmentSummary> studies = assessments.ofCase(caseId);
        if (!studies.isEmpty()) {
            CaseAccess c = kase.get();
            accessLog.patientRecordRead(c.patientId(), c.id(), c.centerId(), READ_ACTION);
        }
        return studies;
    }
}
