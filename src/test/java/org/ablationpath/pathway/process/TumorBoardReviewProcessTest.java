package org.ablationpath.pathway.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** tumor-board-review: the decision, and the overdue escalation to the chair (TMR-02 / TMR-05). */
class TumorBoardReviewProcessTest extends ProcessTestSupport {

    static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage("tumor-board-review");

    @Override
    FlowNodeCoverage coverage() {
        return COVERAGE;
    }

    @AfterAll
    static void everyFlowNodeIsCovered() {
        COVERAGE.assertComplete(ProcessTestEngine.get());
    }

    @Test
    void theBoardDecidesBeforeTheTargetDate() {
        ProcessInstance review = start("tumor-board-review", Map.of("boardReviewDue", ProcessTestEngine.day(DAY_ONE.plusDays(21))));

        assertThat(review).isWaitingAtExactly("Activity_ReviewAtTumorBoard");
        assertThat(task("Activity_ReviewAtTumorBoard").getDueDate()).isEqualTo(ProcessTestEngine.day(DAY_ONE.plusDays(21)));
        assertThat(task("Activity_ReviewAtTumorBoard").getFormKey()).isEqualTo("board-review");

        complete("Activity_ReviewAtTumorBoard", "decisionCode", "ABLATION", "nextStage", "PRE_PROCEDURE");

        assertThat(review).isEnded().hasPassed("EndEvent_BoardDecided").hasNotPassed("Event_BoardReviewOverdue");
        assertThat(standIns.deviations).isEmpty();
    }

    @Test
    void aDecisionOnTheTargetDayIsInTime() {
        // TMR-02 "<= 21 days": referral on day 0, board on day 21 is no breach (pathway.md 7.1)
        ProcessInstance review = start("tumor-board-review", Map.of("boardReviewDue", ProcessTestEngine.day(DAY_ONE.plusDays(21))));

        advanceTo(DAY_ONE.plusDays(21));
        assertThat(standIns.deviations).isEmpty();
        assertThat(hasTask("Activity_ExpediteOverdueCase")).isFalse();
        complete("Activity_ReviewAtTumorBoard", "decisionCode", "ABLATION", "nextStage", "PRE_PROCEDURE");

        assertThat(review).isEnded().hasNotPassed("Event_BoardReviewOverdue");
        assertThat(standIns.deviations).isEmpty();
    }

    @Test
    void anOverdueReviewIsRecordedAndTheChairGivesTheReason() {
        ProcessInstance review = start("tumor-board-review", Map.of("boardReviewDue", ProcessTestEngine.day(DAY_ONE.plusDays(21))));

        advanceTo(DAY_ONE.plusDays(21));
        assertThat(standIns.deviations).isEmpty();
        // the breach: the target day has fully passed
        advanceTo(DAY_ONE.plusDays(22));

        assertThat(standIns.deviations).containsExactly("BOARD_REVIEW_OVERDUE");
        assertThat(review).isWaitingAt("Activity_ReviewAtTumorBoard", "Activity_ExpediteOverdueCase");
        assertThat(task("Activity_ExpediteOverdueCase").getFormKey()).isEqualTo("deviation-reason");
        assertThat(subjectOf("Activity_ExpediteOverdueCase")).isNotNull();

        complete("Activity_ExpediteOverdueCase");
        assertThat(review).hasPassed("EndEvent_EscalationHandled").isWaitingAtExactly("Activity_ReviewAtTumorBoard");
        complete("Activity_ReviewAtTumorBoard", "decisionCode", "SYSTEMIC", "nextStage", "OTHER_TREATMENT_TRACKING");
        assertThat(review).isEnded();
    }

    @Test
    void aCasePresentedAgainAfterMoreWorkUpHasNoTargetAndNoBreach() {
        // FURTHER_WORKUP / DEFER: TMR-02 (referral to first discussion) is met, pathway.md sets no limit for the next one
        Map<String, Object> noTarget = new java.util.HashMap<>();
        noTarget.put("boardReviewDue", null);
        ProcessInstance review = start("tumor-board-review", noTarget);

        assertThat(review).isWaitingAtExactly("Activity_ReviewAgainAtTumorBoard");
        assertThat(task("Activity_ReviewAgainAtTumorBoard").getDueDate()).isNull();
        assertThat(task("Activity_ReviewAgainAtTumorBoard").getFormKey()).isEqualTo("board-review");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId()).count()).isZero();
        advanceTo(DAY_ONE.plusDays(90));
        complete("Activity_ReviewAgainAtTumorBoard", "decisionCode", "ABLATION", "nextStage", "PRE_PROCEDURE");

        assertThat(review).isEnded().hasPassed("EndEvent_BoardDecided").hasNotPassed("Event_BoardReviewOverdue");
        assertThat(standIns.deviations).isEmpty();
    }

    @Test
    void theDecisionEndsAnEscalationStillOpen() {
        ProcessInstance review = start("tumor-board-review", Map.of("boardReviewDue", ProcessTestEngine.day(DAY_ONE.plusDays(1))));
        advanceTo(DAY_ONE.plusDays(2));
        assertThat(review).isWaitingAt("Activity_ExpediteOverdueCase");

        complete("Activity_ReviewAtTumorBoard", "decisionCode", "ABLATION", "nextStage", "PRE_PROCEDURE");

        assertThat(review).isEnded();
        assertThat(hasTask("Activity_ExpediteOverdueCase")).isFalse();
    }
}
