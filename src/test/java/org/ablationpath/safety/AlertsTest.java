package org.ablationpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.InvalidInputException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alert store: de-duplication per safety.md 6.2, LOG stored but not pushed, acknowledgement (note, version,
 * concurrent users), escalation levels per 6.1 with the default mapping, the escalation process started and fired
 * through the engine, and statistics per rule.
 */
@AblationPathTest
class AlertsTest {

    @Autowired
    Alerts alerts;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    java.time.Clock clock;

    private UUID caseId;

    @BeforeEach
    void aCase() {
        caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("ALERT")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        ClockUtil.reset();
    }

    @Test
    void theSameCauseUnderTheSameRuleCountsInsteadOfRaisingAnother() {
        String cause = AlertDrafts.newCause();
        Alerts.RaisedAlert first = alerts.raise(AlertDrafts.draft(caseId, "ALR-03", AlertPriority.P2_URGENT, cause, clock.instant(), "REFERRING_PHYSICIAN"));
        Alerts.RaisedAlert again = alerts.raise(AlertDrafts.draft(caseId, "ALR-03", AlertPriority.P2_URGENT, cause, clock.instant(), "REFERRING_PHYSICIAN"));

        assertThat(first.newAlert()).isTrue();
        assertThat(again.newAlert()).isFalse();
        assertThat(again.alert().id()).isEqualTo(first.alert().id());
        assertThat(again.alert().occurrenceCount()).isEqualTo(2);
        assertThat(escalationsOf(first.alert().id())).hasSize(1);
        // another cause, or another rule on the same cause, is another alert
        assertThat(alerts.raise(AlertDrafts.draft(caseId, "ALR-03", AlertPriority.P2_URGENT, AlertDrafts.newCause(), clock.instant(),
                "REFERRING_PHYSICIAN")).newAlert()).isTrue();
        assertThat(alerts.raise(AlertDrafts.draft(caseId, "ALR-09", AlertPriority.P2_URGENT, cause, clock.instant(),
                "REFERRING_PHYSICIAN")).newAlert()).isTrue();
    }

    @Test
    void aHigherPriorityClassRaisesANewAlertAndALowerOneCountsOnTheHigher() {
        String cause = "LAB:" + UUID.randomUUID();
        Alert p2 = alerts.raise(AlertDrafts.draft(caseId, "ALR-07", AlertPriority.P2_URGENT, cause, clock.instant(), "INTERVENTIONAL_RADIOLOGIST")).alert();
        Alerts.RaisedAlert p1 = alerts.raise(AlertDrafts.draft(caseId, "ALR-07", AlertPriority.P1_IMMEDIATE, cause, clock.instant(), "INTERVENTIONAL_RADIOLOGIST"));
        Alerts.RaisedAlert p2Again = alerts.raise(AlertDrafts.draft(caseId, "ALR-07", AlertPriority.P2_URGENT, cause, clock.instant(), "INTERVENTIONAL_RADIOLOGIST"));

        assertThat(p1.newAlert()).isTrue();
        assertThat(p1.alert().id()).isNotEqualTo(p2.id());
        assertThat(p2Again.newAlert()).isFalse();
        assertThat(p2Again.alert().id()).isEqualTo(p1.alert().id());
        assertThat(p2Again.alert().occurrenceCount()).isEqualTo(2);
    }

    @Test
    void aLogEntryIsStoredOnTheCaseButNeitherPushedNorEscalated() {
        Alert logged = alerts.raise(AlertDrafts.draft(caseId, "ALR-05", AlertPriority.LOG, AlertDrafts.newCause(), clock.instant(),
                "REFERRING_PHYSICIAN")).alert();

        assertThat(logged.dueAt()).isNull();
        assertThat(logged.escalatesAt()).isNull();
        assertThat(escalationsOf(logged.id())).isEmpty();
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");
        assertThat(alerts.inbox()).extracting(Alert::id).doesNotContain(logged.id());
        assertThat(alerts.ofCase(caseId)).extracting(Alert::id).contains(logged.id());
        assertThatThrownBy(() -> alerts.acknowledge(logged.id(), "Seen.", logged.version())).isInstanceOf(ConflictException.class);
        assertThat(alerts.escalate(logged.id()).escalated()).isFalse();
    }

    @Test
    void theInboxHoldsTheAlertsOfTheUsersRolesAndCentersOpenFirst() {
        Alert routine = raise("ALR-04", AlertPriority.P3_ROUTINE, "REFERRING_PHYSICIAN");
        Alert urgent = raise("ALR-03", AlertPriority.P2_URGENT, "REFERRING_PHYSICIAN");
        Alert immediate = raise("ALR-02", AlertPriority.P1_IMMEDIATE, "REFERRING_PHYSICIAN");
        Alert forNurses = raise("ALR-10", AlertPriority.P3_ROUTINE, "NURSE");
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");
        alerts.acknowledge(immediate.id(), "Called the ward, patient stable.", immediate.version());

        List<UUID> mine = alerts.inbox().stream().filter(a -> a.caseId().equals(caseId)).map(Alert::id).toList();

        assertThat(mine).containsExactly(urgent.id(), routine.id(), immediate.id());
        assertThat(alerts.inbox()).filteredOn(a -> a.id().equals(urgent.id())).singleElement()
                .satisfies(a -> assertThat(a.patientPseudonym()).startsWith("ALERT-"));
        MockedScreens.signIn("nurse2", "C02", "NURSE");
        assertThat(alerts.inbox()).extracting(Alert::id).doesNotContain(forNurses.id());
    }

    @Test
    void anAcknowledgementNeedsANoteAndEndsTheEscalation() {
        Alert alert = raise("ALR-03", AlertPriority.P2_URGENT, "REFERRING_PHYSICIAN");
        assertThat(escalationsOf(alert.id())).hasSize(1);
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");

        assertThatThrownBy(() -> alerts.acknowledge(alert.id(), "  ", alert.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("note"));
        Alert acknowledged = alerts.acknowledge(alert.id(), "Seen; CT booked for today.", alert.version());

        assertThat(acknowledged.acknowledgedBy()).isEqualTo("physician");
        assertThat(acknowledged.acknowledgementNote()).isEqualTo("Seen; CT booked for today.");
        assertThat(acknowledged.escalatesAt()).isNull();
        assertThat(escalationsOf(alert.id())).isEmpty();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(historicEscalation(alert.id())).activityId("EndEvent_Acknowledged").count()).isEqualTo(1);
    }

    @Test
    void aSecondAcknowledgementOrAStaleVersionIsAConflict() {
        Alert alert = raise("ALR-03", AlertPriority.P2_URGENT, "REFERRING_PHYSICIAN", "NURSE");
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");
        alerts.acknowledge(alert.id(), "Seen.", alert.version());

        MockedScreens.signIn("nurse", "C01", "NURSE");
        assertThatThrownBy(() -> alerts.acknowledge(alert.id(), "Also seen.", alert.version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already acknowledged by physician");

        Alert other = raise("ALR-03", AlertPriority.P2_URGENT, "NURSE");
        alerts.escalate(other.id());
        assertThatThrownBy(() -> alerts.acknowledge(other.id(), "Seen.", other.version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed since you opened it");
    }

    @Test
    void twoUsersAcknowledgingAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        Alert alert = raise("ALR-02", AlertPriority.P1_IMMEDIATE, "REFERRING_PHYSICIAN");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String user : List.of("physician", "physician-b")) {
                outcomes.add(pool.submit((Callable<String>) () -> {
                    MockedScreens.signIn(user, "C01", "REFERRING_PHYSICIAN");
                    together.await();
                    try {
                        alerts.acknowledge(alert.id(), "Seen by " + user + ".", alert.version());
                        return "acknowledged";
                    } catch (ConflictException conflict) {
                        return "conflict";
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsExactlyInAnyOrder("acknowledged", "conflict");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aP1AlertEscalatesToTheOnCallLeadThenTheHeadOfDepartment() {
        Alert alert = raise("ALR-02", AlertPriority.P1_IMMEDIATE, "REFERRING_PHYSICIAN");
        assertThat(Duration.between(alert.raisedAt(), alert.escalatesAt())).isEqualTo(Duration.ofMinutes(15));

        AlertEscalation first = alerts.escalate(alert.id());
        assertThat(first.escalated()).isTrue();
        assertThat(first.level()).isEqualTo(1);
        assertThat(first.furtherLevel()).isTrue();
        MockedScreens.signIn("radiologist", "C01", "INTERVENTIONAL_RADIOLOGIST");
        Alert afterFirst = inboxEntry(alert.id());
        assertThat(afterFirst.currentRecipientRoles()).containsExactly("REFERRING_PHYSICIAN", "INTERVENTIONAL_RADIOLOGIST");
        assertThat(Duration.between(afterFirst.escalatedAt(), first.nextLevelAt())).isEqualTo(Duration.ofMinutes(15));

        AlertEscalation second = alerts.escalate(alert.id());
        assertThat(second.level()).isEqualTo(2);
        assertThat(second.furtherLevel()).isFalse();
        MockedScreens.signIn("chair", "C01", "TUMOR_BOARD", "BOARD_CHAIR");
        assertThat(inboxEntry(alert.id()).currentRecipientRoles()).contains("BOARD_CHAIR");

        assertThat(alerts.escalate(alert.id()).escalated()).isFalse();
    }

    @Test
    void p2GoesToTheOnCallIrAndP3AfterThreeWorkingDaysToTheMdtLead() {
        Alert urgent = raise("ALR-03", AlertPriority.P2_URGENT, "NURSE");
        assertThat(Duration.between(urgent.raisedAt(), urgent.escalatesAt())).isEqualTo(Duration.ofHours(4));
        AlertEscalation urgentStep = alerts.escalate(urgent.id());
        assertThat(urgentStep.furtherLevel()).isFalse();

        Instant friday = LocalDate.of(2026, 11, 20).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant();
        Alert routine = alerts.raise(AlertDrafts.draft(caseId, "ALR-04", AlertPriority.P3_ROUTINE, AlertDrafts.newCause(), friday,
                "NURSE")).alert();
        Instant wednesday = LocalDate.of(2026, 11, 20).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)).atTime(10, 0)
                .atZone(ZoneId.systemDefault()).toInstant();
        assertThat(routine.escalatesAt()).isEqualTo(wednesday);
        assertThat(alerts.escalate(routine.id()).level()).isEqualTo(1);
        MockedScreens.signIn("chair", "C01", "TUMOR_BOARD", "BOARD_CHAIR");
        assertThat(inboxEntry(routine.id()).currentRecipientRoles()).containsExactly("NURSE", "BOARD_CHAIR");
        MockedScreens.signIn("radiologist", "C01", "INTERVENTIONAL_RADIOLOGIST");
        assertThat(inboxEntry(urgent.id()).currentRecipientRoles()).containsExactly("NURSE", "INTERVENTIONAL_RADIOLOGIST");
    }

    @Test
    void theEngineEscalatesWhenTheLimitPassesOnItsClock() {
        Alert alert = raise("ALR-03", AlertPriority.P2_URGENT, "REFERRING_PHYSICIAN");
        String instance = escalationsOf(alert.id()).get(0).getId();
        assertThat(executableTimers(instance)).isEmpty();

        ClockUtil.setCurrentTime(Date.from(alert.escalatesAt().plusSeconds(1)));
        List<Job> due = executableTimers(instance);
        assertThat(due).hasSize(1);
        engine.getManagementService().executeJob(due.get(0).getId());

        MockedScreens.signIn("radiologist", "C01", "INTERVENTIONAL_RADIOLOGIST");
        assertThat(inboxEntry(alert.id()).escalationLevel()).isEqualTo(1);
        assertThat(escalationsOf(alert.id())).isEmpty(); // P2 has one level
    }

    @Test
    void draftsPublishedByTheRulesAreRaisedWithTheirTransaction() {
        String cause = AlertDrafts.newCause();
        transactions.executeWithoutResult(status -> publisher.publishEvent(new AlertsDrafted(caseId, "C01", List.of(
                AlertDrafts.draft(caseId, "ALR-03", AlertPriority.P2_URGENT, cause, clock.instant(), "NURSE"),
                AlertDrafts.draft(caseId, "ALR-06", AlertPriority.QI_LOG, cause, clock.instant(), "DATA_MANAGER")))));
        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(new AlertsDrafted(caseId, "C01", List.of(
                    AlertDrafts.draft(caseId, "ALR-04", AlertPriority.P3_ROUTINE, cause, clock.instant(), "NURSE"))));
            status.setRollbackOnly();
        });

        MockedScreens.signIn("nurse", "C01", "NURSE");
        assertThat(alerts.ofCase(caseId)).filteredOn(a -> a.causeKey().equals(cause)).extracting(Alert::ruleId)
                .containsExactlyInAnyOrder("ALR-03", "ALR-06");
    }

    @Test
    void statisticsPerRuleCountRaisedAcknowledgedEscalatedAndTimeToAcknowledge() {
        String rule = "ALR-T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        Instant tenMinutesAgo = clock.instant().minus(Duration.ofMinutes(10));
        Alert answered = alerts.raise(AlertDrafts.draft(caseId, rule, AlertPriority.P2_URGENT, AlertDrafts.newCause(), tenMinutesAgo, "NURSE")).alert();
        Alert escalated = alerts.raise(AlertDrafts.draft(caseId, rule, AlertPriority.P2_URGENT, AlertDrafts.newCause(), tenMinutesAgo, "NURSE")).alert();
        alerts.raise(AlertDrafts.draft(caseId, rule, AlertPriority.P2_URGENT, escalated.causeKey(), tenMinutesAgo, "NURSE"));
        alerts.escalate(escalated.id());
        MockedScreens.signIn("nurse", "C01", "NURSE");
        alerts.acknowledge(answered.id(), "Phoned the patient.", answered.version());

        MockedScreens.signIn("datamanager", "C01", "DATA_MANAGER");
        AlertRuleStatistics stats = alerts.statisticsPerRule("C01", tenMinutesAgo.minusSeconds(1), clock.instant().plusSeconds(1))
                .stream().filter(s -> s.ruleId().equals(rule)).findFirst().orElseThrow();

        assertThat(stats.raised()).isEqualTo(2);
        assertThat(stats.occurrences()).isEqualTo(3);
        assertThat(stats.acknowledged()).isEqualTo(1);
        assertThat(stats.escalated()).isEqualTo(1);
        assertThat(stats.medianSecondsToAcknowledge()).isBetween(600L, 900L);
        assertThat(stats.p90SecondsToAcknowledge()).isEqualTo(stats.medianSecondsToAcknowledge());
    }

    private Alert raise(String rule, AlertPriority priority, String... roles) {
        return alerts.raise(AlertDrafts.draft(caseId, rule, priority, AlertDrafts.newCause(), clock.instant(), roles)).alert();
    }

    private Alert inboxEntry(UUID alertId) {
        return alerts.inbox().stream().filter(a -> a.id().equals(alertId)).findFirst().orElseThrow();
    }

    private List<ProcessInstance> escalationsOf(UUID alertId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("alert-escalation")
                .processInstanceBusinessKey(alertId.toString()).list();
    }

    private String historicEscalation(UUID alertId) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("alert-escalation")
                .processInstanceBusinessKey(alertId.toString()).singleResult().getId();
    }

    private List<Job> executableTimers(String processInstanceId) {
        return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers().executable().list();
    }
}
