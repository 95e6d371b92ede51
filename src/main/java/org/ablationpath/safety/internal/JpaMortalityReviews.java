package org.ablationpath.safety.internal;

import java.util.List;
import java.util.UUID;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.safety.MortalityReview;
import org.ablationpath.safety.MortalityReviews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case's M&M reviews for the case page; reading them is logged like the case's other safety records. */
@Service
class JpaMortalityReviews implements MortalityReviews {

    private final MortalityReviewRepository reviews;
    private final CaseDirectory cases;
    private final AccessLog accessLog;

    JpaMortalityReviews(MortalityReviewRepository reviews, CaseDirectory cases, AccessLog accessLog) {
        this.reviews = reviews;
        this.cases = cases;
        this.accessLog = accessLog;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MortalityReview> ofCase(UUID caseId) {
        return cases.visibleCaseAccess(caseId).map(kase -> {
            accessLog.patientRecordRead(kase.patientId(), caseId, kase.centerId(), "VIEW_MORTALITY_REVIEWS");
            return reviews.findByCaseIdOrderByReviewDateDescCreatedAtDesc(caseId).stream()
                    .map(MortalityReviewEntity::toRecord).toList();
        }).orElse(List.of());
    }
}
