package org.ablationpath.followup.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.followup.MarginSource;
import org.ablationpath.imaging.ResponseAssessments;
import org.springframework.stereotype.Component;

/** FUP-06 reads the margins the imaging module measured on the latest response study. */
@Component
class ImagingMarginSource implements MarginSource {

    private final ResponseAssessments assessments;

    ImagingMarginSource(ResponseAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public Optional<BigDecimal> smallestMarginMm(UUID caseId, String histology) {
        return assessments.smallestMarginMm(caseId, histology);
    }
}
