package org.ablationpath.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.EndReason;
import org.ablationpath.followup.VitalStatus;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.ablationpath.referral.CaseSummary;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user reports the end of a case's follow-up (REST and the case page): only the reasons a user reports, not in the
 * future, once per case, for a case of the user's centers; a death also records the vital status (outcomes.md 4.14).
 */
@Service
public class EndOfFollowUpReports {

    /** What the user reports; {@code causeOfDeath} only, and then required, for a death. */
    public record EndReport(EndReason reason, LocalDate date, String details, CauseOfDeath causeOfDeath) {
    }

    private final EndOfFollowUp endOfFollowUp;
    private final VitalStatusRepository vitalStatuses;
    private final CaseDirectory cases;
    private final Clock clock;

    EndOfFollowUpReports(EndOfFollowUp endOfFollowUp, VitalStatusRepository vitalStatuses, CaseDirectory cases, Clock clock) {
        this.endOfFollowUp = endOfFollowUp;
        this.vitalStatuses = vitalStatuses;
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional
    @Secured({"ROLE_" + Roles.NURSE, "ROLE_" + Roles.DATA_MANAGER, "ROLE_" + Roles.REFERRING_PHYSICIAN,
            "ROLE_" + Roles.INTERVENTIONAL_RADIOLOGIST, "ROLE_" + Roles.BOARD_CHAIR})
    public EndOfFollowUp.EndRecord report(UUID caseId, EndReport report) {
        validate(report);
        CaseSummary kase = cases.visibleCase(caseId).orElseThrow(() -> new NotFoundException("No such case"));
        if (kase.voided()) {
            throw new ConflictException("This case was voided.");
        }
        boolean trackingOtherTreatment = kase.stage() == CaseStage.OTHER_TREATMENT_TRACKING
                && (report.reason() == EndReason.DEATH || report.reason() == EndReason.WITHDRAWAL);
        if (endOfFollowUp.of(caseId).isPresent() && !trackingOtherTreatment) {
            // STG-13 (END-06) still tracks the vital status: only a death or a withdrawal can end that
            throw new ConflictException("The follow-up of this case has already ended.");
        }
        if (report.reason() == EndReason.DEATH) {
            vitalStatuses.save(new VitalStatusEntity(caseId, kase.centerId(), null, VitalStatus.DEAD, report.date(),
                    report.date(), report.causeOfDeath()));
        }
        endOfFollowUp.end(caseId, report.reason(), report.date(), report.details());
        return endOfFollowUp.of(caseId).orElseThrow();
    }

    private void validate(EndReport report) {
        List<FieldProblem> problems = new ArrayList<>();
        if (report.reason() == null) {
            problems.add(new FieldProblem("reason", "Give the reason: one of " + EndReasons.USER_REPORTED + "."));
        } else if (!EndReasons.USER_REPORTED.contains(report.reason())) {
            problems.add(new FieldProblem("reason", report.reason() + " is recorded by the pathway itself; a user reports one of "
                    + EndReasons.USER_REPORTED + "."));
        }
        if (report.date() == null) {
            problems.add(new FieldProblem("date", "Give the date follow-up ended."));
        } else if (report.date().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("date", "The end of follow-up cannot be in the future."));
        }
        if (report.details() != null && report.details().strip().length() > EndReasons.MAX_DETAILS) {
            problems.add(new FieldProblem("details", "At most " + EndReasons.MAX_DETAILS + " characters."));
        }
        if (report.reason() == EndReason.DEATH && report.causeOfDeath() == null) {
            problems.add(new FieldProblem("causeOfDeath", "Give the cause of death (outcomes.md 4.14)."));
        } else if (report.reason() != null && report.reason() != EndReason.DEATH && report.causeOfDeath() != null) {
            problems.add(new FieldProblem("causeOfDeath", "Only for an end by death."));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
    }
}
