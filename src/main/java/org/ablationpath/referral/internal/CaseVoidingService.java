package org.ablationpath.referral.internal;

import java.util.List;
import java.util.UUID;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.referral.CaseVoided;
import org.ablationpath.referral.CaseVoiding;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Marks the case voided (who, when, why — audited like every change) and lets the pathway end its process. */
@Service
class CaseVoidingService implements CaseVoiding {

    static final int MAX_REASON = 2000;

    private final CaseRepository cases;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    CaseVoidingService(CaseRepository cases, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.cases = cases;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Override
    @Transactional
    @Secured({"ROLE_" + Roles.REFERRING_PHYSICIAN, "ROLE_" + Roles.BOARD_CHAIR})
    public void voidCase(UUID caseId, String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("reason",
                    "Give the reason the case is voided (at most " + MAX_REASON + " characters).")));
        }
        CaseEntity kase = cases.findById(caseId)
                .filter(c -> currentUser.canSeeCenter(c.centerId()))
                .orElseThrow(() -> new NotFoundException("No such case"));
        if (kase.voided()) {
            throw new ConflictException("This case was already voided.");
        }
        kase.voidWithReason(currentUser.username(), trimmed);
        events.publishEvent(new CaseVoided(caseId, trimmed));
    }
}
