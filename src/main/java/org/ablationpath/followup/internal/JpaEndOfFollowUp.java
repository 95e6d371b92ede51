package org.ablationpath.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.EndReason;
import org.ablationpath.followup.FollowUpEnded;
import org.ablationpath.followup.FollowUpRecorded;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseSummary;
import org.ablationpath.safety.DeathRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One end record per case; its planned visits are cancelled with it (FUP-05). */
@Service
@Transactional
class JpaEndOfFollowUp implements EndOfFollowUp {

    private static final Set<EndReason> ENDS_TRACKING = Set.of(EndReason.DEATH, EndReason.WITHDRAWAL);

    private final EndOfFollowUpRepository ends;
    private final FollowUpSchedule schedule;
    private final CaseDirectory cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaEndOfFollowUp(EndOfFollowUpRepository ends, FollowUpSchedule schedule, CaseDirectory cases,
                     ApplicationEventPublisher events, Clock clock) {
        this.ends = ends;
        this.schedule = schedule;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void record(UUID caseId, EndReason reason, LocalDate date, String details) {
        CaseSummary kase = store(caseId, reason, date, details);
        // no FollowUpEnded (the pathway records this end itself), but the registry censors at it: recompute the case
        events.publishEvent(new FollowUpRecorded(caseId, kase.centerId()));
    }

    @Override
    public void end(UUID caseId, EndReason reason, LocalDate date, String details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reason != null && !EndReasons.USER_REPORTED.contains(reason)) {
            problems.add(new FieldProblem("reason", reason + " is recorded by the pathway itself; a user reports one of "
                    + EndReasons.USER_REPORTED + "."));
        }
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("date", "The end of follow-up cannot be in the future."));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        Optional<EndRecord> ended = of(caseId);
        if (ended.isPresent() && ended.get().reason() == EndReason.NON_ABLATION_PATHWAY && ENDS_TRACKING.contains(reason)) {
            // STG-13: the ablation follow-up ended with the board's decision (END-06), but the vital-status tracking
            // runs on: a death or a withdrawal ends it, the END-06 record stays
            CaseSummary kase = cases.summaries(Set.of(caseId)).get(caseId);
            ended(kase, reason, date);
            return;
        }
        CaseSummary kase = store(caseId, reason, date, details);
        ended(kase, reason, date);
    }

    /** Ends the pathway; a death also goes to the safety rules (ALR-01: death within 30 days of a session). */
    private void ended(CaseSummary kase, EndReason reason, LocalDate date) {
        events.publishEvent(new FollowUpEnded(kase.id(), kase.centerId(), reason, date));
        if (reason == EndReason.DEATH) {
            events.publishEvent(new DeathRecorded(kase.id(), kase.centerId(), date));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EndRecord> of(UUID caseId) {
        return ends.findByCaseId(caseId).map(EndOfFollowUpEntity::toRecord);
    }

    private CaseSummary store(UUID caseId, EndReason reason, LocalDate date, String details) {
        if (reason == null || date == null) {
            throw new IllegalArgumentException("An end of follow-up needs its reason and date");
        }
        CaseSummary kase = cases.summaries(Set.of(caseId)).get(caseId);
        if (kase == null) {
            throw new NotFoundException("Unknown case");
        }
        if (ends.existsByCaseId(caseId)) {
            throw new ConflictException("The follow-up of this case has already ended.");
        }
        String text = details == null || details.isBlank() ? null : details.strip();
        try {
            ends.saveAndFlush(new EndOfFollowUpEntity(caseId, kase.centerId(), reason, date, text));
        } catch (DataIntegrityViolationException sameMoment) {
            // the unique case id lets only one of two simultaneous ends through
            throw new ConflictException("Someone else ended the follow-up of this case at the same moment.");
        }
        schedule.cancelPlannedVisits(caseId, "FUP-05: end of follow-up (" + reason.code() + " " + reason + ")");
        return kase;
    }
}
