package org.ablationpath.pathway.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import java.util.UUID;
import org.ablationpath.pathway.internal.PathwayTimers;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * adverse-event-closure (TMR-10, STG-08): the nurse's task appears on day 30 after the session, is due on the last
 * day of grace (day 37); on day 38 the breach is recorded and the data manager gets the task too, which stays open;
 * the end of the case cancels the closure at any point. The escalation is the real delegate.
 */
class AdverseEventClosureProcessTest extends ProcessTestSupport {

    static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage("adverse-event-closure");
    static final String TASK = "Activity_CloseAdverseEvents";

    private final String sessionId = UUID.randomUUID().toString();

    @Override
    FlowNodeCoverage coverage() {
        return COVERAGE;
    }

    @AfterAll
    static void everyFlowNodeIsCovered() {
        COVERAGE.assertComplete(ProcessTestEngine.get());
    }

    /** As AdverseEventClosureProcesses starts it for a session on DAY_ONE with the defaults 30 and 7. */
    private ProcessInstance sessionPerformed() {
        return start("adverse-event-closure", Map.of("sessionId", sessionId,
                "aeClosureOpens", PathwayTimers.startOf(DAY_ONE.plusDays(30)),
                "aeClosureDue", PathwayTimers.startOf(DAY_ONE.plusDays(37)),
                "aeClosureGraceEnds", PathwayTimers.closingOf(DAY_ONE.plusDays(37))));
    }

    @Test
    void theNurseClosesTheRecordOnDay30() {
        ProcessInstance closure = sessionPerformed();
        advanceTo(DAY_ONE.plusDays(29));
        assertThat(closure).isWaitingAtExactly("Event_Day30");
        assertThat(hasTask(TASK)).isFalse();

        advanceTo(DAY_ONE.plusDays(30));
        Task task = task(TASK);
        assertThat(task.getFormKey()).isEqualTo("adverse-event-closure");
        assertThat(groups(task)).containsExactly("NURSE");
        assertThat(PathwayTimers.dayOf(task.getDueDate())).isEqualTo(DAY_ONE.plusDays(37));
        assertThat(subjectOf(TASK)).isEqualTo(sessionId);

        advanceTo(DAY_ONE.plusDays(37));
        complete(TASK);

        assertThat(closure).isEnded().hasPassed("EndEvent_ClosureRecorded").hasNotPassed("Activity_RecordClosureOverdue");
        assertThat(standIns.deviations).isEmpty();
    }

    @Test
    void afterTheGraceTheBreachIsRecordedAndTheDataManagerGetsTheTaskWhichStaysOpen() {
        ProcessInstance closure = sessionPerformed();
        advanceTo(DAY_ONE.plusDays(37));
        assertThat(standIns.deviations).isEmpty();
        assertThat(groups(task(TASK))).containsExactly("NURSE");

        advanceTo(DAY_ONE.plusDays(38));

        assertThat(standIns.deviations).containsExactly("AE_CLOSURE_OVERDUE");
        assertThat(closure).hasPassed("Activity_EscalateToDataManager", "EndEvent_ClosureEscalated").isWaitingAtExactly(TASK);
        assertThat(groups(task(TASK))).containsExactlyInAnyOrder("NURSE", "DATA_MANAGER");

        complete(TASK);
        assertThat(closure).isEnded().hasPassed("EndEvent_ClosureRecorded");
        assertThat(standIns.deviations).hasSize(1);
    }

    @Test
    void theEndOfTheCaseBeforeDay30CancelsTheClosure() {
        ProcessInstance closure = sessionPerformed();
        advanceTo(DAY_ONE.plusDays(10));

        correlate("CaseEnded", Map.of());

        assertThat(closure).isEnded().hasPassed("EndEvent_ClosureCancelled").hasNotPassed(TASK);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(closure.getId()).count()).isZero();
    }

    @Test
    void theEndOfTheCaseWithTheTaskOpenLeavesNoTask() {
        ProcessInstance closure = sessionPerformed();
        advanceTo(DAY_ONE.plusDays(38));
        assertThat(hasTask(TASK)).isTrue();

        correlate("CaseEnded", Map.of());

        assertThat(closure).isEnded().hasPassed("EndEvent_ClosureCancelled");
        assertThat(hasTask(TASK)).isFalse();
    }

    private java.util.List<String> groups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
    }
}
