package org.ablationpath.pathway.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** follow-up-visit: the task opens with the window, and a closed window is a miss (FUP-02, FUP-04, TMR-13). */
class FollowUpVisitProcessTest extends ProcessTestSupport {

    static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage("follow-up-visit");
    static final LocalDate TARGET = DAY_ONE.plusMonths(3);

    @Override
    FlowNodeCoverage coverage() {
        return COVERAGE;
    }

    @AfterAll
    static void everyFlowNodeIsCovered() {
        COVERAGE.assertComplete(ProcessTestEngine.get());
    }

    private ProcessInstance startVisit() {
        return start("follow-up-visit", Map.of("visitId", "visit-1",
                "visitWindowStart", ProcessTestEngine.day(TARGET.minusDays(14)),
                "visitTarget", ProcessTestEngine.day(TARGET),
                "visitWindowCloses", ProcessTestEngine.day(TARGET.plusDays(15))));
    }

    @Test
    void theVisitTaskOpensWithItsWindowAndRecordsTheFinding() {
        ProcessInstance visit = startVisit();
        assertThat(visit).isWaitingAtExactly("Event_VisitWindowOpens");

        advanceTo(TARGET.minusDays(15));
        assertThat(visit).isWaitingAtExactly("Event_VisitWindowOpens");
        advanceTo(TARGET.minusDays(14));

        assertThat(visit).isWaitingAtExactly("Activity_FollowUpVisit");
        assertThat(task("Activity_FollowUpVisit").getDueDate()).isEqualTo(ProcessTestEngine.day(TARGET));
        assertThat(subjectOf("Activity_FollowUpVisit")).isEqualTo("visit-1");

        complete("Activity_FollowUpVisit", "visitFinding", "DISEASE_EVENT");

        assertThat(visit).isEnded().hasPassed("EndEvent_VisitDone");
        assertThat(historicVariable(visit, "visitOutcome")).isEqualTo("DISEASE_EVENT");
    }

    @Test
    void aWindowThatClosesWithoutAVisitIsAMissWithAReason() {
        ProcessInstance visit = startVisit();
        advanceTo(TARGET.plusDays(14)); // last day of the window: still open
        assertThat(visit).isWaitingAtExactly("Activity_FollowUpVisit");

        advanceTo(TARGET.plusDays(15));

        assertThat(standIns.deviations).containsExactly("VISIT_MISSED");
        assertThat(visit).isWaitingAtExactly("Activity_GiveMissedVisitReason");
        assertThat(task("Activity_GiveMissedVisitReason").getFormKey()).isEqualTo("deviation-reason");
        complete("Activity_GiveMissedVisitReason");
        assertThat(visit).isEnded().hasPassed("EndEvent_VisitMissed");
        assertThat(standIns.calls).contains("missedVisitExplainedListener");
        assertThat(historicVariable(visit, "visitOutcome")).isEqualTo("MISSED");
    }

    @Test
    void anUnansweredCallKeepsTheVisitOpenUntilTheRetryDate() {
        ProcessInstance visit = startVisit();
        advanceTo(TARGET.minusDays(14));
        java.util.Date retry = ProcessTestEngine.day(TARGET.plusDays(3));

        complete("Activity_FollowUpVisit", "contactOutcome", "NOT_REACHED", "visitRetryDue", retry);

        assertThat(visit).isWaitingAtExactly("Activity_FollowUpVisit").hasPassed("Gateway_PatientReached");
        assertThat(task("Activity_FollowUpVisit").getDueDate()).isEqualTo(retry);
        complete("Activity_FollowUpVisit", "contactOutcome", "REACHED", "visitFinding", "NO_DISEASE");
        assertThat(visit).isEnded().hasPassed("EndEvent_VisitDone");
    }

    private Object historicVariable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }
}
