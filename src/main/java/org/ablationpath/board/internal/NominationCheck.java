package org.ablationpath.board.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.CenterRuleSets;
import org.ablationpath.eligibility.DatesData;
import org.ablationpath.eligibility.EligibilityEvaluation;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a case can go on a meeting's agenda (pathway.md STG-02/STG-03): the rules evaluate the stored case with the
 * meeting date as MDT date, without storing the evaluation; every VAL error (data the rules need) and every VAL-08
 * finding (labs or imaging older than the limits of TMR-06 at the meeting date) is a problem for the referrer.
 */
@Component
class NominationCheck {

    private static final String STALE_DATA_RULE = "VAL-08";

    private final CaseDirectory cases;
    private final CenterRuleSets ruleSets;
    private final NominationRepository nominations;
    private final CurrentUser currentUser;
    private final Clock clock;

    NominationCheck(CaseDirectory cases, CenterRuleSets ruleSets, NominationRepository nominations, CurrentUser currentUser,
                    Clock clock) {
        this.cases = cases;
        this.ruleSets = ruleSets;
        this.nominations = nominations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Checks and keeps the result for the referrer in its own transaction, so that a refused nomination (an error
     * answer that rolls the caller back) still tells the referrer what is missing.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<String> checkAndRecord(UUID caseId, String centerId, UUID meetingId, LocalDate meetingDate) {
        List<String> problems = problems(caseId, centerId, meetingDate);
        NominationEntity check = nominations.findById(caseId).orElseGet(() -> new NominationEntity(caseId, centerId));
        check.checked(meetingId, problems, Instant.now(clock), currentUser.username());
        nominations.save(check);
        return problems;
    }

    List<String> problems(UUID caseId, String centerId, LocalDate meetingDate) {
        CaseDocument stored = cases.caseDocument(caseId, meetingDate);
        EligibilityEvaluation evaluation = ruleSets.forCenter(centerId).evaluate(atMeeting(stored, meetingDate));
        List<String> problems = new ArrayList<>();
        if (evaluation.validation() != null && evaluation.validation().errors() != null) {
            evaluation.validation().errors().forEach(e -> problems.add(e.rule() + " " + e.field() + ": " + e.message()));
        }
        if (evaluation.eligibility() != null && evaluation.eligibility().rulesFired() != null) {
            evaluation.eligibility().rulesFired().stream().filter(r -> STALE_DATA_RULE.equals(r.id()))
                    .forEach(r -> problems.add(r.id() + ": " + r.message()));
        }
        return problems;
    }

    private static CaseDocument atMeeting(CaseDocument doc, LocalDate meetingDate) {
        DatesData dates = doc.dates();
        DatesData atMeeting = dates == null ? new DatesData(null, null, null, meetingDate.toString(), null)
                : new DatesData(dates.referralDate(), dates.labDate(), dates.imagingDate(), meetingDate.toString(),
                dates.procedureDate());
        return new CaseDocument(doc.ruleProfile(), doc.asOfDate(), doc.patient(), doc.labs(), doc.disease(), doc.tumors(),
                doc.plannedModality(), atMeeting, doc.followUp());
    }
}
