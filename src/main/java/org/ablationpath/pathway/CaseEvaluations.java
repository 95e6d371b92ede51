package org.ablationpath.pathway;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.CenterRuleSets;
import org.ablationpath.eligibility.EligibilityEvaluation;
import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.eligibility.EvaluationReview;
import org.ablationpath.eligibility.EvaluationReviews;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.referral.CaseAssessment;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseAccess;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluations of a case of the user's centers: history, re-evaluation (trigger MANUAL, pathway.md STG-03: every
 * re-evaluation is stored), physicians' accept/override of the latest one, and the unsaved "what if" evaluation.
 * Every read of the case's data is logged.
 */
@Service
public class CaseEvaluations {

    public static final String MANUAL = "MANUAL";

    private final CaseDirectory cases;
    private final EvaluationHistory history;
    private final EvaluationReviews reviews;
    private final CaseAssessment assessment;
    private final CenterRuleSets ruleSets;
    private final AccessLog accessLog;
    private final CurrentUser currentUser;

    CaseEvaluations(CaseDirectory cases, EvaluationHistory history, EvaluationReviews reviews, CaseAssessment assessment,
                    CenterRuleSets ruleSets, AccessLog accessLog, CurrentUser currentUser) {
        this.cases = cases;
        this.history = history;
        this.reviews = reviews;
        this.assessment = assessment;
        this.ruleSets = ruleSets;
        this.accessLog = accessLog;
        this.currentUser = currentUser;
    }

    /** A stored evaluation with the reviews given to it (newest first). */
    public record Entry(StoredEvaluation evaluation, List<EvaluationReview> reviews) {
    }

    /** The evaluations of a visible case, newest first; empty when the case is unknown or of another center. */
    @Transactional(readOnly = true)
    public Optional<List<Entry>> history(UUID caseId) {
        return visible(caseId, "VIEW_EVALUATIONS").map(c -> {
            List<EvaluationReview> all = reviews.ofCase(caseId);
            return history.history(caseId).stream()
                    .map(e -> new Entry(e, all.stream().filter(r -> r.evaluationId().equals(e.id())).toList()))
                    .toList();
        });
    }

    /** Evaluates the case's stored data again with its center's rules and stores the result (trigger MANUAL). */
    @Transactional
    @Secured({"ROLE_" + Roles.REFERRING_PHYSICIAN, "ROLE_" + Roles.INTERVENTIONAL_RADIOLOGIST, "ROLE_" + Roles.TUMOR_BOARD,
            "ROLE_" + Roles.NURSE})
    public StoredEvaluation reevaluate(UUID caseId) {
        visible(caseId, "REEVALUATE").orElseThrow(() -> new NotFoundException("No such case"));
        return assessment.assess(caseId, MANUAL);
    }

    /**
     * Records ACCEPT or OVERRIDE on the latest evaluation of the case.
     *
     * @throws NotFoundException  when the case is not visible, or the evaluation is not one of the case
     * @throws ConflictException  when a newer evaluation exists
     */
    @Transactional
    @Secured({"ROLE_" + Roles.REFERRING_PHYSICIAN, "ROLE_" + Roles.INTERVENTIONAL_RADIOLOGIST})
    public EvaluationReview review(UUID caseId, UUID evaluationId, String decision, String reasonCode, String comment) {
        visible(caseId, "REVIEW_RECOMMENDATION").orElseThrow(() -> new NotFoundException("No such case"));
        StoredEvaluation evaluation = history.find(evaluationId).filter(e -> e.caseId().equals(caseId))
                .orElseThrow(() -> new NotFoundException("No such evaluation of this case"));
        StoredEvaluation latest = history.latest(caseId).orElseThrow();
        if (!latest.id().equals(evaluation.id())) {
            throw new ConflictException("only the latest evaluation of the case can be accepted or overridden");
        }
        return reviews.record(evaluation, decision, reasonCode, comment, currentUser.username());
    }

    /** The case's stored data as the evaluation's case document, for the "what if" editor. */
    @Transactional(readOnly = true)
    @Secured({"ROLE_" + Roles.REFERRING_PHYSICIAN, "ROLE_" + Roles.INTERVENTIONAL_RADIOLOGIST})
    public Optional<CaseDocument> whatIfDocument(UUID caseId) {
        return visible(caseId, "WHAT_IF").map(c -> cases.caseDocument(caseId, LocalDate.now()));
    }

    /** Evaluates an edited document of a visible case with the case's center's rules; nothing is stored. */
    @Transactional(readOnly = true)
    @Secured({"ROLE_" + Roles.REFERRING_PHYSICIAN, "ROLE_" + Roles.INTERVENTIONAL_RADIOLOGIST})
    public EligibilityEvaluation whatIf(UUID caseId, CaseDocument edited) {
        CaseAccess kase = cases.visibleCaseAccess(caseId).orElseThrow(() -> new NotFoundException("No such case"));
        return ruleSets.forCenter(kase.centerId()).evaluate(edited);
    }

    private Optional<CaseAccess> visible(UUID caseId, String action) {
        Optional<CaseAccess> kase = cases.visibleCaseAccess(caseId);
        kase.ifPresent(c -> accessLog.patientRecordRead(c.patientId(), caseId, c.centerId(), action));
        return kase;
    }
}
