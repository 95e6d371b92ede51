package org.ablationpath.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.followup.FollowUpCases;
import org.ablationpath.followup.FollowUpConfigs;
import org.ablationpath.followup.FollowUpPlanner;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.FollowUpScheduleChanged;
import org.ablationpath.followup.FollowUpSchedules;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.referral.CaseDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The stored grid of pathway.md section 7: planning, re-anchoring, FUP-03/04/06 and schedule versions. */
@AblationPathTest
class FollowUpScheduleTest {

    @Autowired
    FollowUpSchedule schedule;
    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    FollowUpVisitRepository visitRepository;
    @Autowired
    CaseFollowUpRepository caseFollowUps;
    @Autowired
    EndOfFollowUpRepository ends;
    @Autowired
    VitalStatusRepository vitalStatuses;
    @Autowired
    CaseDirectory cases;
    @Autowired
    FutureVisitRecompute recompute;
    @Autowired
    FollowUpPlanner planner;
    @Autowired
    FollowUpSchedules config;
    @Autowired
    DaySevenCallDues callDues;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aLiverHccCaseGetsTheDefaultLiverGridFromTheSession() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        LocalDate session = LocalDate.of(2025, 8, 31);

        schedule.planAfterSession(caseId, session);

        List<ScheduledVisit> grid = schedule.visits(caseId);
        assertThat(grid).extracting(ScheduledVisit::scheduleId).containsOnly("FUP-LIV-01");
        assertThat(grid).extracting(ScheduledVisit::gridLabel)
                .containsExactly("M1", "M3", "M6", "M9", "M12", "M18", "M24", "M30", "M36", "M42", "M48", "M54", "M60");
        assertThat(grid).extracting(ScheduledVisit::status).containsOnly(VisitStatus.PLANNED);
        // month 1 = session + 30 days, counted from day 21 to day 56
        assertThat(visit(grid, "M1").targetDate()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(visit(grid, "M1").windowStart()).isEqualTo(LocalDate.of(2025, 9, 21));
        assertThat(visit(grid, "M1").windowEnd()).isEqualTo(LocalDate.of(2025, 10, 26));
        // later months: same day of month, or the month's last day
        assertThat(visit(grid, "M3").targetDate()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(visit(grid, "M6").targetDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(visit(grid, "M9").targetDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(visit(grid, "M3").windowStart()).isEqualTo(LocalDate.of(2025, 11, 16));
        assertThat(visit(grid, "M3").windowEnd()).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(visit(grid, "M60").targetDate()).isEqualTo(LocalDate.of(2030, 8, 31));
    }

    @Test
    void aSecondSessionCancelsThePlannedVisitsAndKeepsTheDoneOnes() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        LocalDate first = today().minusDays(60);
        schedule.planAfterSession(caseId, first);
        schedule.recordResponseImaging(caseId, first.plusDays(28));

        LocalDate second = today().minusDays(2);
        schedule.planAfterSession(caseId, second);

        List<ScheduledVisit> visits = schedule.visits(caseId);
        List<FollowUpVisitEntity> firstGrid = visitRepository.findByCaseIdOrderByTargetDateAscOrganAsc(caseId).stream()
                .filter(v -> v.anchorDate().equals(first)).toList();
        assertThat(firstGrid).filteredOn(v -> v.gridLabel().equals("M1")).singleElement()
                .satisfies(m1 -> {
                    assertThat(m1.status()).isEqualTo(VisitStatus.DONE);
                    assertThat(m1.actualDate()).isEqualTo(first.plusDays(28));
                });
        assertThat(firstGrid).filteredOn(v -> !v.gridLabel().equals("M1")).isNotEmpty()
                .allSatisfy(v -> {
                    assertThat(v.status()).isEqualTo(VisitStatus.CANCELLED);
                    assertThat(v.statusReason()).contains("FUP-01");
                });
        List<FollowUpVisitEntity> secondGrid = visitRepository.findByCaseIdOrderByTargetDateAscOrganAsc(caseId).stream()
                .filter(v -> v.anchorDate().equals(second)).toList();
        assertThat(secondGrid).hasSize(13).allMatch(v -> v.status() == VisitStatus.PLANNED);
        assertThat(visits).filteredOn(v -> v.status() == VisitStatus.PLANNED).extracting(ScheduledVisit::targetDate)
                .first().isEqualTo(second.plusDays(30));
    }

    @Test
    void aSessionOfTheLiverTumourReAnchorsOnlyTheLiverGrid() {
        UUID caseId = FollowUpCases.liverAndLungMetastases(rest);
        LocalDate first = LocalDate.of(2025, 1, 10);
        schedule.planAfterSession(caseId, first, List.of("T1", "T2"));

        LocalDate second = LocalDate.of(2025, 3, 3);
        schedule.planAfterSession(caseId, second, List.of("T1"));

        List<FollowUpVisitEntity> visits = visitRepository.findByCaseIdOrderByTargetDateAscOrganAsc(caseId);
        // FUP-01: each organ keeps its own grid; the lung was not treated again, its grid stays on the first session
        assertThat(visits).filteredOn(v -> v.organ().equals("LUNG") && v.status() == VisitStatus.PLANNED).isNotEmpty()
                .allMatch(v -> v.anchorDate().equals(first));
        assertThat(visits).filteredOn(v -> v.organ().equals("LUNG")).noneMatch(v -> v.status() == VisitStatus.CANCELLED);
        assertThat(visits).filteredOn(v -> v.organ().equals("LUNG") && v.gridLabel().equals("M3")).singleElement()
                .satisfies(m3 -> {
                    assertThat(m3.status()).isEqualTo(VisitStatus.PLANNED);
                    assertThat(m3.targetDate()).isEqualTo(LocalDate.of(2025, 4, 10));
                });
        // the liver grid restarts from the second session
        assertThat(visits).filteredOn(v -> v.organ().equals("LIVER") && v.status() == VisitStatus.PLANNED).isNotEmpty()
                .allMatch(v -> v.anchorDate().equals(second));
        assertThat(visits).filteredOn(v -> v.organ().equals("LIVER") && v.anchorDate().equals(first))
                .allMatch(v -> v.status() == VisitStatus.CANCELLED && v.statusReason().contains("FUP-01"));
        assertThat(schedule.responseVisit(caseId, second)).hasValueSatisfying(m1 -> {
            assertThat(m1.gridLabel()).isEqualTo("M1");
            assertThat(m1.scheduleId()).isEqualTo("FUP-LIV-01");
            assertThat(m1.targetDate()).isEqualTo(second.plusDays(30));
        });
    }

    @Test
    void theResponseVisitOfASessionIsItsOwnGridsEvenWhenAnotherOrgansVisitComesFirst() {
        UUID caseId = FollowUpCases.liverAndLungMetastases(rest);
        LocalDate first = LocalDate.of(2025, 1, 10);
        schedule.planAfterSession(caseId, first, List.of("T1", "T2"));
        // the lung's M3 (2025-04-10) comes before the liver's new M1 (2025-04-24)
        LocalDate second = LocalDate.of(2025, 3, 25);
        schedule.planAfterSession(caseId, second, List.of("T1"));

        assertThat(schedule.responseVisit(caseId, second)).map(ScheduledVisit::targetDate).contains(LocalDate.of(2025, 4, 24));
        assertThat(schedule.responseVisit(caseId, LocalDate.of(2025, 3, 24))).isEmpty();
    }

    @Test
    void hccWithTwoNodulesOrASingleOneAbove30MmFollowsTheHighRiskGrid() {
        UUID twoNodules = FollowUpCases.twoHccNodules(rest);
        UUID large = FollowUpCases.singleHcc(rest, 35);
        UUID small = FollowUpCases.singleHcc(rest, 30);
        LocalDate session = today().minusDays(5);

        List.of(twoNodules, large, small).forEach(caseId -> schedule.planAfterSession(caseId, session));

        assertThat(schedule.visits(twoNodules)).extracting(ScheduledVisit::scheduleId).containsOnly("FUP-LIV-02");
        assertThat(schedule.visits(large)).extracting(ScheduledVisit::scheduleId).containsOnly("FUP-LIV-02");
        assertThat(schedule.visits(large)).extracting(ScheduledVisit::gridLabel).contains("M15", "M21");
        assertThat(schedule.visits(small)).extracting(ScheduledVisit::scheduleId).containsOnly("FUP-LIV-01");
    }

    @Test
    void responseImagingBelongsToTheProcedureEpisodeForLiverButNotForBone() {
        UUID liver = FollowUpCases.singleHcc(rest, 24);
        UUID bone = FollowUpCases.boneMetastasis(rest);
        LocalDate session = today().minusDays(3);
        schedule.planAfterSession(liver, session);
        schedule.planAfterSession(bone, session);

        // FUP-03: liver, kidney, lung and pancreas grids have a response point; thyroid, bone and ECT grids do not
        assertThat(schedule.responseVisit(liver, session)).map(ScheduledVisit::gridLabel).contains("M1");
        assertThat(schedule.responseVisit(bone, session)).isEmpty();
        // the surveillance loop skips the day-7 call and the response imaging point
        assertThat(schedule.nextPlannedVisit(liver)).map(ScheduledVisit::gridLabel).contains("M3");
        assertThat(schedule.visits(bone)).extracting(ScheduledVisit::gridLabel).containsExactly("D7", "M1", "M3");
        assertThat(schedule.nextPlannedVisit(bone)).map(ScheduledVisit::gridLabel).contains("M1");

        schedule.recordResponseImaging(liver, session.plusDays(29));
        assertThat(visit(schedule.visits(liver), "M1").status()).isEqualTo(VisitStatus.DONE);
    }

    @Test
    void responseImagingCountsForTheGridPointWhoseWindowContainsIt() {
        LocalDate session = LocalDate.of(2025, 1, 10);
        // day 10: before the response window (day 21 to 56), it meets nothing
        UUID early = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(early, session);
        schedule.recordResponseImaging(early, session.plusDays(10));
        assertThat(schedule.visits(early)).extracting(ScheduledVisit::status).containsOnly(VisitStatus.PLANNED);
        // day 21, the window's first day: the response point is met
        UUID inside = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(inside, session);
        schedule.recordResponseImaging(inside, session.plusDays(21));
        assertThat(visit(schedule.visits(inside), "M1").status()).isEqualTo(VisitStatus.DONE);
        assertThat(visit(schedule.visits(inside), "M3").status()).isEqualTo(VisitStatus.PLANNED);
        // day 80: after the response window, inside M3's (2025-03-27 to 2025-04-24): it counts for M3, not M1
        UUID late = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(late, session);
        schedule.recordResponseImaging(late, session.plusDays(80));
        assertThat(visit(schedule.visits(late), "M1").status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(schedule.visit(visit(schedule.visits(late), "M3").id())).hasValueSatisfying(m3 -> {
            assertThat(m3.status()).isEqualTo(VisitStatus.DONE);
            assertThat(m3.windowStart()).isEqualTo(LocalDate.of(2025, 3, 27));
        });
        assertThat(entity(visitRepository.findByCaseIdOrderByTargetDateAscOrganAsc(late), "M3").actualDate())
                .isEqualTo(session.plusDays(80));
    }

    @Test
    void aStudyBeforeTheOpenResponseWindowLeavesItsPointWatchedForFup03() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        LocalDate session = today().minusDays(15);
        schedule.planAfterSession(caseId, session);

        List<ScheduledVisit> watched = schedule.recordResponseImaging(caseId, session.plusDays(10), true);

        assertThat(watched).singleElement().satisfies(m1 -> {
            assertThat(m1.gridLabel()).isEqualTo("M1");
            assertThat(m1.status()).isEqualTo(VisitStatus.PLANNED);
        });
        // the same study without contrast: still nothing met, still watched
        UUID other = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(other, session);
        assertThat(schedule.recordResponseImaging(other, session.plusDays(10), false)).singleElement()
                .satisfies(m1 -> assertThat(m1.status()).isEqualTo(VisitStatus.PLANNED));
        // a window already closed was reported by the episode's own timer: nothing to watch
        UUID closed = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(closed, today().minusDays(60));
        assertThat(schedule.recordResponseImaging(closed, today().minusDays(50), true)).isEmpty();
    }

    @Test
    void aCrlmMarginBelowTheTargetSwitchesTheFutureLiverVisitsToTheHighRiskGrid() {
        UUID narrow = FollowUpCases.crlm(rest);
        UUID wide = FollowUpCases.crlm(rest);
        LocalDate session = today().minusDays(30);

        transactions.executeWithoutResult(tx -> {
            withMargin("3.5").planAfterSession(narrow, session);
            withMargin("3.5").recordResponseImaging(narrow, today());
            withMargin("3.5").reviewRiskAfterResponse(narrow);
            withMargin("5.0").planAfterSession(wide, session);
            withMargin("5.0").reviewRiskAfterResponse(wide);
        });

        List<FollowUpVisitEntity> switched = visitRepository.findByCaseIdOrderByTargetDateAscOrganAsc(narrow);
        assertThat(switched).filteredOn(v -> v.status() == VisitStatus.PLANNED).isNotEmpty()
                .allMatch(v -> v.scheduleId().equals("FUP-LIV-02"))
                .allMatch(v -> v.anchorDate().equals(session))
                .extracting(FollowUpVisitEntity::gridLabel)
                .containsExactly("M3", "M6", "M9", "M12", "M15", "M18", "M21", "M24", "M30", "M36", "M42", "M48", "M54", "M60");
        assertThat(switched).filteredOn(v -> v.gridLabel().equals("M1")).singleElement()
                .satisfies(m1 -> {
                    assertThat(m1.status()).isEqualTo(VisitStatus.DONE);
                    assertThat(m1.scheduleId()).isEqualTo("FUP-LIV-01");
                });
        assertThat(switched).filteredOn(v -> v.status() == VisitStatus.CANCELLED)
                .allMatch(v -> v.scheduleId().equals("FUP-LIV-01") && v.statusReason().contains("FUP-06"));
        assertThat(schedule.visits(wide)).filteredOn(v -> v.status() == VisitStatus.PLANNED)
                .extracting(ScheduledVisit::scheduleId).containsOnly("FUP-LIV-01");
    }

    @Test
    void theSecondConsecutiveMissFlagsALostToFollowUpRisk() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(caseId, today().minusDays(400));
        List<ScheduledVisit> grid = schedule.visits(caseId);
        schedule.recordResponseImaging(caseId, today().minusDays(370));

        assertThat(schedule.recordMissed(visit(grid, "M3").id())).isFalse();
        assertThat(caseFollowUps.findByCaseId(caseId)).isEmpty();
        assertThat(schedule.recordMissed(visit(grid, "M6").id())).isTrue();
        assertThat(caseFollowUps.findByCaseId(caseId)).hasValueSatisfying(f -> {
            assertThat(f.lostToFollowUpRisk()).isTrue();
            assertThat(f.riskFlaggedOn()).isEqualTo(today());
        });
        // already flagged: a third miss does not raise it again, and a missed visit is not missed twice
        assertThat(schedule.recordMissed(visit(grid, "M9").id())).isFalse();
        assertThat(schedule.recordMissed(visit(grid, "M6").id())).isFalse();
        assertThat(schedule.visit(visit(grid, "M6").id())).map(ScheduledVisit::status).contains(VisitStatus.MISSED);
    }

    @Test
    void aVisitDoneInBetweenBreaksTheRunOfMisses() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        schedule.planAfterSession(caseId, today().minusDays(400));
        List<ScheduledVisit> grid = schedule.visits(caseId);

        assertThat(schedule.recordMissed(visit(grid, "M1").id())).isFalse();
        transactions.executeWithoutResult(tx -> visitRepository.findById(visit(grid, "M3").id()).orElseThrow()
                .meetBy(visit(grid, "M3").targetDate(), "seen", "nurse"));
        assertThat(schedule.recordMissed(visit(grid, "M6").id())).isFalse();
        assertThat(caseFollowUps.findByCaseId(caseId)).isEmpty();
    }

    @Test
    void cancellingPlannedVisitsLeavesTheDoneOnes() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        LocalDate session = today().minusDays(40);
        schedule.planAfterSession(caseId, session);
        schedule.recordResponseImaging(caseId, session.plusDays(30));

        schedule.cancelPlannedVisits(caseId, "FUP-05: test");

        assertThat(schedule.visits(caseId)).extracting(ScheduledVisit::status).containsOnly(VisitStatus.DONE, VisitStatus.CANCELLED);
        assertThat(schedule.nextPlannedVisit(caseId)).isEmpty();
    }

    @Test
    void aNewScheduleVersionRecomputesThePlannedVisitsFromTheirAnchor() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        LocalDate session = today().minusDays(35);
        List<Object> published = new ArrayList<>();
        // version 2 moves M3 to M4: the planned visits follow it, the done response visit stays as it was
        FollowUpSchedules version2 = FollowUpConfigs.shippedWith(Map.of(
                "ablationpath.followup.version", "test-2",
                "ablationpath.followup.schedules.FUP-LIV-01.months", "1,4,6,9,12"));
        FutureVisitRecompute recomputeForVersion2 = new FutureVisitRecompute(new FollowUpPlanner(version2), visitRepository,
                published::add, clock);

        transactions.executeWithoutResult(tx -> {
            schedule.planAfterSession(caseId, session);
            schedule.recordResponseImaging(caseId, session.plusDays(30));
            // a visit planned by hand (no published schedule, pathway.md 7.4) follows no schedule version
            ScheduledVisit manual = schedule.planManualVisit(caseId, "OTHER", today().plusDays(50), today().plusDays(60),
                    today().plusDays(70));

            int changedCases = recomputeForVersion2.run();

            List<FollowUpVisitEntity> visits = visitRepository.findByCaseIdOrderByTargetDateAscOrganAsc(caseId);
            assertThat(changedCases).isPositive();
            assertThat(published).contains(new FollowUpScheduleChanged(caseId));
            assertThat(entity(visits, "M1")).satisfies(m1 -> {
                assertThat(m1.status()).isEqualTo(VisitStatus.DONE);
                assertThat(m1.scheduleVersion()).isEqualTo(config.version());
            });
            assertThat(entity(visits, "M3")).satisfies(m3 -> {
                assertThat(m3.status()).isEqualTo(VisitStatus.CANCELLED);
                assertThat(m3.statusReason()).contains("test-2");
            });
            assertThat(entity(visits, "M4")).satisfies(m4 -> {
                assertThat(m4.status()).isEqualTo(VisitStatus.PLANNED);
                assertThat(m4.scheduleVersion()).isEqualTo("test-2");
                assertThat(m4.targetDate()).isEqualTo(session.plusMonths(4));
                assertThat(m4.anchorDate()).isEqualTo(session);
            });
            assertThat(visits).filteredOn(v -> v.status() == VisitStatus.PLANNED && !v.manuallyPlanned())
                    .allMatch(v -> v.scheduleVersion().equals("test-2"));
            assertThat(visits).filteredOn(v -> v.id().equals(manual.id())).singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo(VisitStatus.PLANNED);
                assertThat(m.manuallyPlanned()).isTrue();
                assertThat(m.scheduleId()).isEqualTo(FollowUpSchedule.MANUAL_SCHEDULE);
                assertThat(m.targetDate()).isEqualTo(today().plusDays(60));
            });
            assertThat(entity(visits, "M6").targetDate()).isEqualTo(session.plusMonths(6));
            // every other case's planned visits moved to version 2 as well: undo it for the rest of the suite
            tx.setRollbackOnly();
        });
    }

    @Test
    void noGridAfterTheEndOfFollowUp() {
        UUID caseId = FollowUpCases.singleHcc(rest, 24);
        transactions.executeWithoutResult(tx -> ends.save(new EndOfFollowUpEntity(caseId, "C01",
                org.ablationpath.followup.EndReason.WITHDRAWAL, today(), null)));

        schedule.planAfterSession(caseId, today());

        assertThat(schedule.visits(caseId)).isEmpty();
    }

    private JpaFollowUpSchedule withMargin(String marginMm) {
        return new JpaFollowUpSchedule(config, planner, visitRepository, caseFollowUps, ends, vitalStatuses, cases,
                (caseId, histology) -> "CRLM".equals(histology) ? Optional.of(new BigDecimal(marginMm)) : Optional.empty(),
                recompute, callDues, currentUser, clock, publisher);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ScheduledVisit visit(List<ScheduledVisit> visits, String label) {
        return visits.stream().filter(v -> v.gridLabel().equals(label)).findFirst().orElseThrow();
    }

    private static FollowUpVisitEntity entity(List<FollowUpVisitEntity> visits, String label) {
        return visits.stream().filter(v -> v.gridLabel().equals(label)).findFirst().orElseThrow();
    }
}
