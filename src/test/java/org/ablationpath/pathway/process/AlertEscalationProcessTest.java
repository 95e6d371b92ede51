package org.ablationpath.pathway.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * alert-escalation (safety.md 6.1, ALR-12): the acknowledgement ends it; an unacknowledged alert escalates when its
 * limit passes, level after level, until no level is left. The stand-in for Alerts.escalate answers from a queue
 * (another level or not) with the next level 15 minutes on, as the P1 default; time moves on the engine clock.
 */
class AlertEscalationProcessTest extends ProcessTestSupport {

    static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage("alert-escalation");
    static final Duration LIMIT = Duration.ofMinutes(15);

    private final Deque<Boolean> furtherLevels = new ArrayDeque<>();
    private final List<Instant> escalations = new ArrayList<>();
    private Instant raisedAt;

    @Override
    FlowNodeCoverage coverage() {
        return COVERAGE;
    }

    @AfterAll
    static void everyFlowNodeIsCovered() {
        COVERAGE.assertComplete(ProcessTestEngine.get());
    }

    @BeforeEach
    void escalationStandIn() {
        raisedAt = ProcessTestEngine.day(DAY_ONE).toInstant().plus(Duration.ofHours(9));
        ClockUtil.setCurrentTime(Date.from(raisedAt));
        Mocks.register("escalateAlertDelegate", (JavaDelegate) execution -> {
            Instant now = ClockUtil.getCurrentTime().toInstant();
            escalations.add(now);
            boolean further = !furtherLevels.isEmpty() && furtherLevels.poll();
            execution.setVariable("furtherLevel", further);
            if (further) {
                execution.setVariable("alertEscalatesAt", Date.from(now.plus(LIMIT)));
            }
        });
    }

    private ProcessInstance raise() {
        return start("alert-escalation", Map.of("alertId", UUID.randomUUID().toString(),
                "alertEscalatesAt", Date.from(raisedAt.plus(LIMIT))));
    }

    @Test
    void anAcknowledgementWithinTheLimitEndsItWithoutEscalation() {
        ProcessInstance alert = raise();
        assertThat(alert).isWaitingAtExactly("Gateway_AwaitAcknowledgement");

        advanceTo(raisedAt.plus(LIMIT).minusSeconds(1));
        assertThat(escalations).isEmpty();
        correlate("AlertAcknowledged", Map.of());

        assertThat(alert).isEnded().hasPassed("EndEvent_Acknowledged").hasNotPassed("Activity_EscalateAlert");
    }

    @Test
    void anUnacknowledgedAlertEscalatesLevelByLevelUntilNoneIsLeft() {
        furtherLevels.addAll(List.of(true, false));
        ProcessInstance alert = raise();

        advanceTo(raisedAt.plus(LIMIT));
        assertThat(escalations).containsExactly(raisedAt.plus(LIMIT));
        assertThat(alert).isWaitingAtExactly("Gateway_AwaitAcknowledgement");

        advanceTo(raisedAt.plus(LIMIT.multipliedBy(2)).minusSeconds(1));
        assertThat(escalations).hasSize(1);
        advanceTo(raisedAt.plus(LIMIT.multipliedBy(2)));

        assertThat(escalations).containsExactly(raisedAt.plus(LIMIT), raisedAt.plus(LIMIT.multipliedBy(2)));
        assertThat(alert).isEnded().hasPassed("EndEvent_NoFurtherEscalation").hasNotPassed("EndEvent_Acknowledged");
    }

    @Test
    void anAcknowledgementAfterAnEscalationEndsIt() {
        furtherLevels.add(true);
        ProcessInstance alert = raise();
        advanceTo(raisedAt.plus(LIMIT));
        assertThat(escalations).hasSize(1);

        correlate("AlertAcknowledged", Map.of());

        assertThat(alert).isEnded().hasPassed("Activity_EscalateAlert", "EndEvent_Acknowledged");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(alert.getId()).count()).isZero();
    }

    @Test
    void anAlertWithoutAFurtherLevelIsEscalatedOnce() {
        ProcessInstance alert = raise();

        advanceTo(raisedAt.plus(LIMIT).plusSeconds(30));

        assertThat(escalations).hasSize(1);
        assertThat(alert).isEnded().hasPassed("EndEvent_NoFurtherEscalation");
    }

    /** Moves the engine clock to the instant and fires this case's due timers (time of day matters here). */
    private void advanceTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        for (int round = 0; round < 20; round++) {
            List<Job> due = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .list().stream()
                    .flatMap(i -> engine.getManagementService().createJobQuery().processInstanceId(i.getId()).timers()
                            .executable().list().stream()).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("Timers keep firing");
    }
}
