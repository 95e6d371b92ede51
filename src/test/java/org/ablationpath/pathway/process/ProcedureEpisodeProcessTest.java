package org.ablationpath.pathway.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** procedure-episode: STG-05 to STG-09 for one session, every exit of the response assessment, TMR-03 and TMR-12. */
class ProcedureEpisodeProcessTest extends ProcessTestSupport {

    static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage("procedure-episode");

    @Override
    FlowNodeCoverage coverage() {
        return COVERAGE;
    }

    @AfterAll
    static void everyFlowNodeIsCovered() {
        COVERAGE.assertComplete(ProcessTestEngine.get());
    }

    private ProcessInstance startEpisode(boolean reAblationPreAuthorised) {
        standIns.plannedSession = session();
        return start("procedure-episode", Map.of("reAblationPreAuthorised", reAblationPreAuthorised));
    }

    /** Checklist, procedure on DAY_ONE + 10, discharge, day-7 call. */
    private void prepareAndPerform() {
        complete("Activity_PreProcedureChecklist");
        advanceTo(DAY_ONE.plusDays(10));
        complete("Activity_RecordProcedure");
        complete("Activity_ObserveAndDischarge");
    }

    private LocalDate session() {
        return DAY_ONE.plusDays(10);
    }

    private void callOnDay7() {
        advanceTo(session().plusDays(6));
        assertThat(hasTask("Activity_Day7Call")).isFalse();
        advanceTo(session().plusDays(7));
        assertThat(task("Activity_Day7Call").getDueDate()).isEqualTo(ProcessTestEngine.day(session().plusDays(9)));
        complete("Activity_Day7Call");
    }

    private Object outcome(ProcessInstance episode) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(episode.getId())
                .variableName("episodeOutcome").singleResult().getValue();
    }

    @Test
    void aCompleteAblationLeadsToSurveillance() {
        ProcessInstance episode = startEpisode(false);
        assertThat(episode).isWaitingAt("Activity_PreProcedureChecklist");
        assertThat(standIns.calls).containsExactly("startSessionDelegate");

        prepareAndPerform();
        assertThat(standIns.stages).contains("PROCEDURE");
        callOnDay7();
        assertThat(standIns.stages).contains("EARLY_FOLLOW_UP");
        assertThat(episode).isWaitingAtExactly("Event_ResponseWindowOpens");

        advanceTo(session().plusDays(21));
        assertThat(task("Activity_AssessResponse").getDueDate()).isEqualTo(ProcessTestEngine.day(session().plusDays(30)));
        assertThat(standIns.stages).contains("RESPONSE_ASSESSMENT");
        complete("Activity_AssessResponse", "responseFinding", "COMPLETE");

        assertThat(episode).isEnded().hasPassed("Activity_ApplyResponse", "EndEvent_ResponseComplete");
        assertThat(outcome(episode)).isEqualTo("SURVEILLANCE");
        assertThat(standIns.deviations).isEmpty();
    }

    @Test
    void aNewContraindicationReturnsTheCaseToTheBoard() {
        standIns.newContraindication.add(true);
        ProcessInstance episode = startEpisode(false);

        complete("Activity_PreProcedureChecklist");

        assertThat(episode).isEnded().hasPassed("EndEvent_ContraindicationFound", "EndEvent_ReturnedToBoard")
                .hasNotPassed("Activity_RecordProcedure");
        assertThat(outcome(episode)).isEqualTo("BOARD");
    }

    @Test
    void organsWithoutResponseImagingGoStraightToSurveillance() {
        standIns.responseImagingRequired = false;
        ProcessInstance episode = startEpisode(false);
        prepareAndPerform();
        callOnDay7();

        assertThat(episode).isEnded().hasPassed("EndEvent_NoResponseImaging").hasNotPassed("Activity_AssessResponse");
        assertThat(outcome(episode)).isEqualTo("SURVEILLANCE");
    }

    @Test
    void aSessionLaterThanTheDecisionTargetIsADeviationWithAReason() {
        ProcessInstance episode = startEpisode(false);
        standIns.plannedSession = DAY_ONE.plusDays(35);
        complete("Activity_PreProcedureChecklist");

        // TMR-03 "<= 31 days": day 31 is still in time
        advanceTo(DAY_ONE.plusDays(31));
        assertThat(standIns.deviations).isEmpty();
        advanceTo(DAY_ONE.plusDays(32));

        assertThat(standIns.deviations).containsExactly("TREATMENT_OVERDUE");
        assertThat(task("Activity_GiveTreatmentDelayReason").getFormKey()).isEqualTo("deviation-reason");
        complete("Activity_GiveTreatmentDelayReason");
        assertThat(episode).hasPassed("EndEvent_TreatmentDelayExplained").isWaitingAt("Activity_RecordProcedure");
    }

    @Test
    void aProcedureFormStillOpenAfterItsLimitIsADeviationAndReachesTheDataManagers() {
        ProcessInstance episode = startEpisode(false);
        complete("Activity_PreProcedureChecklist");

        // TMR-14 "<= 7 days after the session": the planned session is day 10, day 17 is still in time
        advanceTo(session().plusDays(7));
        assertThat(standIns.deviations).isEmpty();
        assertThat(candidateGroups("Activity_RecordProcedure")).containsExactly("INTERVENTIONAL_RADIOLOGIST");
        advanceTo(session().plusDays(8));

        assertThat(standIns.deviations).containsExactly("PROCEDURE_FORM_OVERDUE");
        assertThat(episode).hasPassed("EndEvent_ProcedureFormEscalated");
        assertThat(candidateGroups("Activity_RecordProcedure"))
                .containsExactlyInAnyOrder("INTERVENTIONAL_RADIOLOGIST", "DATA_MANAGER");
        complete("Activity_RecordProcedure");
        assertThat(episode).isWaitingAtExactly("Activity_ObserveAndDischarge");
    }

    private java.util.List<String> candidateGroups(String activityId) {
        return engine.getTaskService().getIdentityLinksForTask(task(activityId).getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
    }

    @Test
    void aMissedResponseWindowIsRecordedAndTheAssessmentStaysOpen() {
        ProcessInstance episode = startEpisode(false);
        prepareAndPerform();
        callOnDay7();

        advanceTo(session().plusDays(56));
        assertThat(standIns.deviations).isEmpty();
        advanceTo(session().plusDays(57));

        assertThat(standIns.deviations).containsExactly("RESPONSE_IMAGING_MISSED");
        assertThat(episode).hasPassed("EndEvent_ResponseMissRecorded").isWaitingAtExactly("Activity_AssessResponse");
        complete("Activity_AssessResponse", "responseFinding", "COMPLETE");
        assertThat(episode).isEnded();
    }

    @Test
    void residualTumourWithPreAuthorisationIsReAblatedWithoutTheBoard() {
        ProcessInstance episode = startEpisode(true);
        prepareAndPerform();
        callOnDay7();
        advanceTo(session().plusDays(30));

        complete("Activity_AssessResponse", "responseFinding", "RESIDUAL");

        assertThat(episode).isEnded().hasPassed("EndEvent_ReAblation");
        assertThat(outcome(episode)).isEqualTo("RE_ABLATION");
    }

    @Test
    void residualTumourWithoutPreAuthorisationGoesBackToTheBoard() {
        ProcessInstance episode = startEpisode(false);
        prepareAndPerform();
        callOnDay7();
        advanceTo(session().plusDays(30));

        complete("Activity_AssessResponse", "responseFinding", "RESIDUAL");

        assertThat(episode).isEnded().hasPassed("EndEvent_BackToBoard");
        assertThat(outcome(episode)).isEqualTo("BOARD");
    }

    @Test
    void newDiseaseGoesBackToTheBoardEvenWithPreAuthorisation() {
        ProcessInstance episode = startEpisode(true);
        prepareAndPerform();
        callOnDay7();
        advanceTo(session().plusDays(30));

        complete("Activity_AssessResponse", "responseFinding", "NEW_DISEASE");

        assertThat(outcome(episode)).isEqualTo("BOARD");
    }

    @Test
    void anEquivocalStudyIsRepeatedAfterTheShortInterval() {
        ProcessInstance episode = startEpisode(false);
        prepareAndPerform();
        callOnDay7();
        advanceTo(session().plusDays(30));
        complete("Activity_AssessResponse", "responseFinding", "EQUIVOCAL");

        assertThat(episode).isWaitingAtExactly("Event_ShortIntervalImagingDue");
        advanceTo(session().plusDays(30 + 41));
        assertThat(hasTask("Activity_RepeatResponseImaging")).isFalse();
        advanceTo(session().plusDays(30 + 42));

        assertThat(task("Activity_RepeatResponseImaging").getFormKey()).isEqualTo("response-assessment");
        complete("Activity_RepeatResponseImaging", "responseFinding", "COMPLETE");
        assertThat(episode).isEnded().hasPassed("EndEvent_ResponseComplete");
        assertThat(standIns.calls).filteredOn("applyResponseDelegate"::equals).hasSize(2);
    }
}
