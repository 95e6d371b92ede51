package org.ablationpath.pathway.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * mortality-review (TMR-11, safety.md ALR-01): the review task is due 14 days after the alert and goes to the MDT
 * chair's and operator IR's roles; on the day after the due day the breach is recorded and the task, still open,
 * reaches the quality lead's roles. The escalation stand-in adds the groups as the real delegate does.
 */
class MortalityReviewProcessTest extends ProcessTestSupport {

    static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage("mortality-review");
    static final String REVIEW = "Activity_MortalityReview";

    private String alertId;

    @Override
    FlowNodeCoverage coverage() {
        return COVERAGE;
    }

    @AfterAll
    static void everyFlowNodeIsCovered() {
        COVERAGE.assertComplete(ProcessTestEngine.get());
    }

    private ProcessInstance alertRaised() {
        alertId = UUID.randomUUID().toString();
        return start("mortality-review", Map.of("alertId", alertId,
                "mortalityReviewDue", ProcessTestEngine.day(DAY_ONE.plusDays(14)),
                "mortalityReviewGroups", "BOARD_CHAIR,INTERVENTIONAL_RADIOLOGIST",
                "qualityLeadGroups", "DATA_MANAGER"));
    }

    @Test
    void aReviewWithinTheLimitEndsItWithoutBreach() {
        ProcessInstance review = alertRaised();

        Task task = task(REVIEW);
        assertThat(task.getFormKey()).isEqualTo("mortality-review");
        assertThat(task.getDueDate()).isEqualTo(ProcessTestEngine.day(DAY_ONE.plusDays(14)));
        assertThat(candidateGroups(task)).containsExactlyInAnyOrder("BOARD_CHAIR", "INTERVENTIONAL_RADIOLOGIST");
        assertThat(subjectOf(REVIEW)).isEqualTo(alertId);

        advanceTo(DAY_ONE.plusDays(14)); // the due day itself is in time
        assertThat(standIns.deviations).isEmpty();
        complete(REVIEW);

        assertThat(review).isEnded().hasPassed("EndEvent_ReviewRecorded").hasNotPassed("Event_MortalityReviewOverdue");
    }

    @Test
    void aReviewNotDoneByTheDueDayIsABreachAndEscalatesToTheQualityLeadWithTheTaskOpen() {
        ProcessInstance review = alertRaised();

        advanceTo(DAY_ONE.plusDays(15));

        assertThat(standIns.deviations).containsExactly("MORTALITY_REVIEW_OVERDUE");
        assertThat(review).hasPassed("Activity_RecordMortalityReviewOverdue", "Activity_EscalateToQualityLead",
                "EndEvent_Escalated").isWaitingAtExactly(REVIEW);
        assertThat(candidateGroups(task(REVIEW)))
                .containsExactlyInAnyOrder("BOARD_CHAIR", "INTERVENTIONAL_RADIOLOGIST", "DATA_MANAGER");

        advanceTo(DAY_ONE.plusDays(40)); // the breach is recorded once
        assertThat(standIns.deviations).hasSize(1);
        complete(REVIEW);
        assertThat(review).isEnded().hasPassed("EndEvent_ReviewRecorded");
    }

    private java.util.Set<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    }
}
