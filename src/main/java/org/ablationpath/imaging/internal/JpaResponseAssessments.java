package org.ablationpath.imaging.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.imaging.ResponseAssessmentSummary;
import org.ablationpath.imaging.ResponseAssessments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaResponseAssessments implements ResponseAssessments {

    private final ImagingStudyRepository studies;
    private final TumorAssessmentRepository assessments;

    JpaResponseAssessments(ImagingStudyRepository studies, TumorAssessmentRepository assessments) {
        this.studies = studies;
        this.assessments = assessments;
    }

    @Override
    public Optional<ResponseAssessmentSummary> latest(UUID caseId) {
        return ofCase(caseId).stream().findFirst();
    }

    @Override
    public List<ResponseAssessmentSummary> ofCase(UUID caseId) {
        List<ImagingStudyEntity> found = studies.findByCaseIdOrderByStudyDateDescCreatedAtDesc(caseId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ResponseAssessmentSummary.TumorResult>> tumorsByStudy = assessments
                .findByStudyIdInOrderByTumorId(found.stream().map(ImagingStudyEntity::id).toList()).stream()
                .collect(Collectors.groupingBy(TumorAssessmentEntity::studyId,
                        Collectors.mapping(TumorAssessmentEntity::toResult, Collectors.toList())));
        return found.stream().map(s -> s.toSummary(tumorsByStudy.getOrDefault(s.id(), List.of()))).toList();
    }

    @Override
    public Optional<BigDecimal> smallestMarginMm(UUID caseId, String histology) {
        return latest(caseId).flatMap(study -> study.tumors().stream()
                .filter(t -> histology != null && histology.equalsIgnoreCase(t.histology()))
                .map(ResponseAssessmentSummary.TumorResult::minimalMarginMm)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder()));
    }
}
