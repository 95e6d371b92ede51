package org.ablationpath.referral.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.referral.CaseEnrolment;
import org.ablationpath.referral.CaseEnrolments;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enrolment lives on the case row, so every change is an Envers revision of the case like other case changes.
 * Who may set it: the referring physician and the interventional radiologist (either may be the principal
 * investigator) and the data manager (who keeps the study records).
 */
@Service
class CaseEnrolmentService implements CaseEnrolments {


    private final CaseRepository cases;
    private final CurrentUser currentUser;

    CaseEnrolmentService(CaseRepository cases, CurrentUser currentUser) {
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseEnrolment> of(UUID caseId) {
        return cases.findById(caseId).map(CaseEntity::enrolment);
    }

    @Override
    @Transactional
    @Secured({"ROLE_" + Roles.REFERRING_PHYSICIAN, "ROLE_" + Roles.INTERVENTIONAL_RADIOLOGIST, "ROLE_" + Roles.DATA_MANAGER})
    public CaseEnrolment set(UUID caseId, String enrolled, Boolean expeditedReporting, Integer reportWithinHours) {
        CaseEnrolment enrolment = validated(enrolled, expeditedReporting, reportWithinHours);
        CaseEntity kase = cases.findById(caseId)
                .filter(c -> currentUser.canSeeCenter(c.centerId()))
                .orElseThrow(() -> new NotFoundException("No such case"));
        if (kase.voided()) {
            throw new ConflictException("This case was voided; its enrolment cannot be changed.");
        }
        if (!enrolment.equals(kase.enrolment())) {
            kase.enrol(enrolment);
        }
        return kase.enrolment();
    }

    /** Every bad field at once; nothing is saved unless all are good. */
    static CaseEnrolment validated(String enrolled, Boolean expeditedReporting, Integer reportWithinHours) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = enrolled == null || enrolled.isBlank() ? null : enrolled.strip();
        if (name != null && name.length() > CaseEnrolment.MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("enrolled", "The study or registry name may have at most "
                    + CaseEnrolment.MAX_NAME_LENGTH + " characters."));
        } else if (name != null && name.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem("enrolled", "The study or registry name may not contain NUL characters."));
        }
        boolean expedited = Boolean.TRUE.equals(expeditedReporting);
        if (expedited && name == null) {
            problems.add(new FieldProblem("enrolled", "Name the study or registry whose protocol asks for expedited reporting."));
        }
        int hours = reportWithinHours == null ? CaseEnrolment.DEFAULT_REPORT_WITHIN_HOURS : reportWithinHours;
        if (hours < 1 || hours > CaseEnrolment.MAX_REPORT_WITHIN_HOURS) {
            problems.add(new FieldProblem("reportWithinHours", "Report within 1 to "
                    + CaseEnrolment.MAX_REPORT_WITHIN_HOURS + " hours."));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new CaseEnrolment(name, expedited, hours);
    }
}
