package org.ablationpath.pathway.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.pathway.Deviation;
import org.ablationpath.pathway.DeviationCode;
import org.ablationpath.pathway.DeviationReasonForm;
import org.ablationpath.pathway.PathwayDeviations;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseAccess;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaPathwayDeviations implements PathwayDeviations {

    private final DeviationRepository deviations;
    private final CaseDirectory cases;
    private final CurrentUser currentUser;
    private final AccessLog accessLog;
    private final Clock clock;
    private final List<String> reasonCodes;

    JpaPathwayDeviations(DeviationRepository deviations, CaseDirectory cases, CurrentUser currentUser, AccessLog accessLog,
                         Clock clock, @Value("${" + REASONS_PROPERTY + "}") List<String> reasonCodes) {
        this.deviations = deviations;
        this.cases = cases;
        this.currentUser = currentUser;
        this.accessLog = accessLog;
        this.clock = clock;
        this.reasonCodes = List.copyOf(reasonCodes);
    }

    @Override
    @Transactional
    public UUID record(UUID caseId, String centerId, DeviationCode code) {
        return record(caseId, centerId, code, null);
    }

    @Override
    @Transactional
    public UUID record(UUID caseId, String centerId, DeviationCode code, String subject) {
        if (subject != null) {
            java.util.Optional<DeviationEntity> recorded = deviations.findByCaseIdAndCodeAndSubject(caseId, code, subject);
            if (recorded.isPresent()) {
                return recorded.get().id();
            }
        }
        // the engine's clock: a deviation happens when its timer fires, which tests move with the engine clock.
        // Flushed here: a run of the same timer job on another node at the same moment fails on the unique key
        // (case, code, subject) inside its delegate, so its transaction rolls back and the engine retries it.
        return deviations.saveAndFlush(new DeviationEntity(caseId, centerId, code, subject, ClockUtil.getCurrentTime().toInstant())).id();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deviation> of(UUID caseId) {
        return cases.visibleCaseAccess(caseId).map(summary -> {
            accessLog.patientRecordRead(summary.patientId(), caseId, summary.centerId(), "VIEW_DEVIATIONS");
            return deviations.findByCaseIdOrderByOccurredAtAsc(caseId).stream().map(DeviationEntity::toDeviation).toList();
        }).orElse(List.of());
    }

    @Override
    @Transactional
    public void giveReason(UUID caseId, UUID deviationId, DeviationReasonForm reason) {
        CaseAccess visible = cases.visibleCaseAccess(caseId).orElseThrow(() -> new NotFoundException("No such case"));
        DeviationEntity deviation = deviations.findById(deviationId).filter(d -> d.caseId().equals(visible.id()))
                .orElseThrow(() -> new NotFoundException("No such deviation"));
        String code = reason.getReasonCode() == null ? "" : reason.getReasonCode().strip();
        if (!reasonCodes.contains(code)) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("reasonCode",
                    "Choose one of the reason codes: " + String.join(", ", reasonCodes) + ".")));
        }
        if (deviation.explained()) {
            throw new ConflictException("A reason was already given for this deviation.");
        }
        String note = reason.getNote() == null || reason.getNote().isBlank() ? null : reason.getNote().strip();
        deviation.explain(code, note, currentUser.username(), clock.instant());
        try {
            deviations.saveAndFlush(deviation);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new ConflictException("Someone else gave the reason at the same moment. Your input was not saved.");
        }
    }

    @Override
    public List<String> reasonCodes() {
        return reasonCodes;
    }
}
