package org.ablationpath.pathway.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * ablation-pathway with its called processes: the work-up loop, the board's decisions, re-ablation and
 * rediscussion loops, surveillance to the end of the schedule, STG-13 with yearly vital status, the END messages
 * from any stage, adverse events and the TMR-04 target.
 */
class AblationPathwayProcessTest extends ProcessTestSupport {

    static final FlowNodeCoverage COVERAGE = new FlowNodeCoverage("ablation-pathway");
    static final LocalDate REFERRAL = DAY_ONE;

    @Override
    FlowNodeCoverage coverage() {
        return COVERAGE;
    }

    @AfterAll
    static void everyFlowNodeIsCovered() {
        COVERAGE.assertComplete(ProcessTestEngine.get());
    }

    private ProcessInstance refer() {
        return start("ablation-pathway", Map.of(
                "boardReviewDue", StandIns.TIMERS.firstReviewDue(REFERRAL),
                "firstTreatmentDue", StandIns.TIMERS.firstTreatmentDue(REFERRAL)));
    }

    private void decide(String decisionCode, String nextStage, boolean reAblationPreAuthorised) {
        complete("Activity_ReviewAtTumorBoard", "decisionCode", decisionCode, "nextStage", nextStage,
                "reAblationPreAuthorised", reAblationPreAuthorised);
    }

    /** Walks one procedure episode, session today, to the given response finding on day 21. */
    private void ablate(String responseFinding) {
        walkToResponse();
        complete("Activity_AssessResponse", "responseFinding", responseFinding);
    }

    /** As {@link #ablate(String)}, the finding detected on a study of the given day (as the response form hands it back). */
    private void ablate(String responseFinding, LocalDate studyDate) {
        walkToResponse();
        complete("Activity_AssessResponse", "responseFinding", responseFinding, "detectionDate", ProcessTestEngine.day(studyDate));
    }

    private void walkToResponse() {
        LocalDate session = org.ablationpath.pathway.internal.PathwayTimers.today();
        complete("Activity_PreProcedureChecklist");
        complete("Activity_RecordProcedure");
        complete("Activity_ObserveAndDischarge");
        advanceTo(session.plusDays(7));
        complete("Activity_Day7Call");
        advanceTo(session.plusDays(21));
    }

    private java.util.List<String> candidateGroups(String activityId) {
        return engine.getTaskService().getIdentityLinksForTask(task(activityId).getId()).stream()
                .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
    }

    private Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    @Test
    void invalidDataGoThroughTheWorkUpBeforeTheBoard() {
        standIns.eligibility.add("INVALID");
        ProcessInstance pathway = refer();

        assertThat(pathway).isWaitingAtExactly("Activity_CompleteWorkup");
        assertThat(standIns.stages).containsExactly("WORKUP");
        // TMR-01: three working days from Monday is Thursday
        assertThat(task("Activity_CompleteWorkup").getDueDate()).isEqualTo(ProcessTestEngine.day(DAY_ONE.plusDays(3)));
        assertThat(candidateGroups("Activity_CompleteWorkup")).containsExactly("REFERRING_PHYSICIAN");
        advanceTo(DAY_ONE.plusDays(3));
        assertThat(standIns.deviations).containsExactly("WORKUP_OVERDUE");
        assertThat(pathway).hasPassed("EndEvent_WorkupOverdueRecorded");
        // TMR-01: the task escalates to the coordinator lead (the board chair by default); the physician keeps it
        assertThat(candidateGroups("Activity_CompleteWorkup")).containsExactlyInAnyOrder("REFERRING_PHYSICIAN", "BOARD_CHAIR");

        complete("Activity_CompleteWorkup");

        assertThat(standIns.calls).filteredOn("evaluateEligibilityDelegate"::equals).hasSize(2);
        assertThat(pathway).isWaitingAtExactly("Activity_TumorBoardReview");
        assertThat(task("Activity_ReviewAtTumorBoard").getDueDate()).isEqualTo(ProcessTestEngine.day(REFERRAL.plusDays(21)));
    }

    @Test
    void moreWorkUpFromTheBoardComesBackToTheBoard() {
        ProcessInstance pathway = refer();
        advanceTo(REFERRAL.plusDays(5));
        decide("FURTHER_WORKUP", "WORKUP", false);

        assertThat(pathway).isWaitingAtExactly("Activity_CompleteWorkup");
        // the work-up takes until after the first review's TMR-02 date (day 21)
        advanceTo(REFERRAL.plusDays(30));
        complete("Activity_CompleteWorkup");

        assertThat(pathway).isWaitingAtExactly("Activity_TumorBoardReview");
        assertThat(standIns.calls).filteredOn("applyBoardDecisionDelegate"::equals).hasSize(1);
        // TMR-02 was met by the first discussion: the case presented again has no target and no breach
        advanceTo(REFERRAL.plusDays(31));
        assertThat(standIns.deviations).doesNotContain("BOARD_REVIEW_OVERDUE");
        assertThat(task("Activity_ReviewAgainAtTumorBoard").getDueDate()).isNull();
        complete("Activity_ReviewAgainAtTumorBoard", "decisionCode", "ABLATION", "nextStage", "PRE_PROCEDURE",
                "reAblationPreAuthorised", false);
        assertThat(pathway).isWaitingAtExactly("Activity_ProcedureEpisode");
    }

    @Test
    void surveillanceVisitsLoopUntilTheScheduleEnds() {
        standIns.visits.add(DAY_ONE.plusMonths(3));
        standIns.visits.add(DAY_ONE.plusMonths(6));
        ProcessInstance pathway = refer();
        decide("ABLATION", "PRE_PROCEDURE", false);
        ablate("COMPLETE");

        assertThat(pathway).isWaitingAtExactly("Activity_FollowUpVisit");
        advanceTo(DAY_ONE.plusMonths(3).minusDays(14));
        complete("Activity_FollowUpVisit", "visitFinding", "NO_DISEASE");
        // the second visit is missed: the window closes, the nurse gives the reason, the schedule goes on
        advanceTo(DAY_ONE.plusMonths(6).plusDays(15));
        complete("Activity_GiveMissedVisitReason");

        assertThat(pathway).isEnded().hasPassed("Activity_CompleteSchedule", "EndEvent_ScheduleCompleted")
                .hasNotPassed("Activity_DecideFollowUp");
        assertThat(standIns.deviations).containsExactly("VISIT_MISSED");
    }

    @Test
    void anOrganWithoutAScheduleGoesToTheOperatorNotToEnd04AndAVisitPlannedByHandIsWalked() {
        standIns.indicationWithoutSchedule = "OTHER";
        ProcessInstance pathway = refer();
        decide("ABLATION", "PRE_PROCEDURE", false);
        ablate("COMPLETE");

        // pathway.md 7.4 and section 8: no schedule, so nothing was completed: the operator decides
        assertThat(pathway).isWaitingAtExactly("Activity_DecideFollowUp").hasNotPassed("Activity_CompleteSchedule");
        assertThat(task("Activity_DecideFollowUp").getName()).isEqualTo("Decide the follow-up: no schedule for this indication");
        assertThat(engine.getRuntimeService().getVariableLocal(task("Activity_DecideFollowUp").getExecutionId(), "subjectId"))
                .isEqualTo("OTHER");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task("Activity_DecideFollowUp").getId()))
                .extracting(link -> link.getGroupId()).containsExactly("INTERVENTIONAL_RADIOLOGIST");

        // the visit planned by hand is walked like a grid visit, then the same decision comes back
        standIns.visits.add(DAY_ONE.plusMonths(3));
        complete("Activity_DecideFollowUp", "noScheduleDecision", "PLAN_VISIT");
        assertThat(pathway).isWaitingAtExactly("Activity_FollowUpVisit");
        advanceTo(DAY_ONE.plusMonths(3).minusDays(14));
        complete("Activity_FollowUpVisit", "visitFinding", "NO_DISEASE");
        assertThat(pathway).isWaitingAtExactly("Activity_DecideFollowUp");

        complete("Activity_DecideFollowUp", "noScheduleDecision", "END_FOLLOW_UP", "endReason", "TRANSFERRED");

        assertThat(pathway).isEnded().hasPassed("Activity_CloseWithoutSchedule", "EndEvent_FollowUpEndedWithoutSchedule")
                .hasNotPassed("Activity_CompleteSchedule");
        assertThat(standIns.calls).contains("closed:TRANSFERRED").doesNotContain("completeScheduleDelegate");
    }

    @Test
    void aPreAuthorisedReAblationIsUsedOnceThenNewDiseaseGoesBackToTheBoard() {
        standIns.visits.add(DAY_ONE.plusMonths(4));
        ProcessInstance pathway = refer();
        decide("ABLATION", "PRE_PROCEDURE", true);
        ablate("RESIDUAL");

        assertThat(pathway).isWaitingAtExactly("Activity_ProcedureEpisode");
        assertThat(variable(pathway, "reAblationPreAuthorised")).isEqualTo(false);
        ablate("COMPLETE");

        advanceTo(DAY_ONE.plusMonths(4).minusDays(14));
        complete("Activity_FollowUpVisit", "visitFinding", "DISEASE_EVENT");

        assertThat(pathway).hasPassed("Activity_RequestRediscussion").isWaitingAtExactly("Activity_TumorBoardReview");
        assertThat(standIns.calls).contains("requestRediscussionDelegate");
    }

    @Test
    void residualTumourWithoutPreAuthorisationIsRediscussedWithin14DaysOfTheStudy() {
        ProcessInstance pathway = refer();
        decide("ABLATION", "PRE_PROCEDURE", false);
        // the study of day 17 is assessed on day 21
        ablate("RESIDUAL", DAY_ONE.plusDays(17));

        assertThat(pathway).hasPassed("Gateway_MergeRediscussion").isWaitingAtExactly("Activity_TumorBoardReview");
        // TMR-05 / ALR-13: the rediscussion is due 14 days after the detecting imaging, not after the form
        assertThat(task("Activity_ReviewAtTumorBoard").getDueDate())
                .isEqualTo(ProcessTestEngine.day(DAY_ONE.plusDays(17 + 14)));
    }

    @Test
    void newDiseaseAtAVisitIsRediscussedWithin14DaysOfTheVisitNotOfTheForm() {
        // outcomes.md example A: LTP on the MRI of 01-08, recorded on 01-12, rediscussion due 01-22
        LocalDate visit = DAY_ONE.plusMonths(4);
        standIns.visits.add(visit);
        ProcessInstance pathway = refer();
        decide("ABLATION", "PRE_PROCEDURE", false);
        ablate("COMPLETE");
        advanceTo(visit.plusDays(4));
        complete("Activity_FollowUpVisit", "visitFinding", "DISEASE_EVENT", "detectionDate", ProcessTestEngine.day(visit));

        assertThat(pathway).hasPassed("Activity_RequestRediscussion").isWaitingAtExactly("Activity_TumorBoardReview");
        assertThat(task("Activity_ReviewAtTumorBoard").getDueDate()).isEqualTo(ProcessTestEngine.day(visit.plusDays(14)));
    }

    @Test
    void aNewContraindicationIsRediscussedWithin14DaysOfTodayNotOfAnEarlierStudy() {
        ProcessInstance pathway = refer();
        decide("ABLATION", "PRE_PROCEDURE", false);
        ablate("RESIDUAL", DAY_ONE.plusDays(17));
        decide("ABLATION", "PRE_PROCEDURE", false);
        // the re-ablation's re-evaluation on day 40 finds a contraindication: no detecting imaging, so from today
        advanceTo(DAY_ONE.plusDays(40));
        standIns.newContraindication.add(true);
        complete("Activity_PreProcedureChecklist");

        assertThat(pathway).isWaitingAtExactly("Activity_TumorBoardReview");
        assertThat(task("Activity_ReviewAtTumorBoard").getDueDate()).isEqualTo(ProcessTestEngine.day(DAY_ONE.plusDays(40 + 14)));
    }

    @Test
    void anotherTreatmentIsTrackedAndTheVitalStatusCheckedYearlyUntilDeath() {
        ProcessInstance pathway = refer();
        decide("SYSTEMIC", "OTHER_TREATMENT_TRACKING", false);

        assertThat(pathway).isWaitingAtExactly("Activity_ConfirmTreatmentStarted");
        assertThat(task("Activity_ConfirmTreatmentStarted").getDueDate()).isEqualTo(ProcessTestEngine.day(DAY_ONE.plusDays(31)));
        advanceTo(DAY_ONE.plusDays(31));
        assertThat(standIns.deviations).doesNotContain("TREATMENT_OVERDUE");
        advanceTo(DAY_ONE.plusDays(32));
        assertThat(standIns.deviations).contains("TREATMENT_OVERDUE");
        complete("Activity_ConfirmTreatmentStarted");

        advanceTo(DAY_ONE.plusDays(32).plusYears(1));
        complete("Activity_CheckVitalStatus", "vitalStatus", "ALIVE");
        advanceTo(DAY_ONE.plusDays(32).plusYears(2));
        complete("Activity_CheckVitalStatus", "vitalStatus", "DEAD");

        assertThat(pathway).isEnded().hasPassed("Activity_CloseAfterDeath", "EndEvent_DiedDuringTracking");
        assertThat(standIns.calls).contains("closed:DEATH");
    }

    @Test
    void deathEndsTheCaseFromAnyStageWithItsCalledProcesses() {
        ProcessInstance pathway = refer();
        decide("ABLATION", "PRE_PROCEDURE", false);
        assertThat(hasTask("Activity_PreProcedureChecklist")).isTrue();

        correlate("PatientDied", Map.of("endReason", "DEATH"));

        assertThat(pathway).isEnded().hasPassed("StartEvent_PatientDied", "EndEvent_PatientDied");
        assertThat(hasTask("Activity_PreProcedureChecklist")).isFalse();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
        assertThat(standIns.calls).contains("closed:DEATH");
    }

    @Test
    void withdrawalOfConsentEndsTheCase() {
        ProcessInstance pathway = refer();

        correlate("ConsentWithdrawn", Map.of("endReason", "WITHDRAWAL"));

        assertThat(pathway).isEnded().hasPassed("EndEvent_ConsentWithdrawn");
        assertThat(standIns.calls).contains("closed:WITHDRAWAL");
    }

    @Test
    void otherEndsOfFollowUpEndTheCase() {
        ProcessInstance pathway = refer();
        decide("ABLATION", "PRE_PROCEDURE", false);

        correlate("FollowUpEnded", Map.of("endReason", "TRANSFERRED"));

        assertThat(pathway).isEnded().hasPassed("EndEvent_FollowUpEnded");
        assertThat(standIns.calls).contains("closed:TRANSFERRED");
    }

    @Test
    void anAdverseEventIsReviewedBesideThePath() {
        ProcessInstance pathway = refer();

        engine.getRuntimeService().createMessageCorrelation("AdverseEventReported").processInstanceBusinessKey(businessKey)
                .setVariableLocal("adverseEventId", "ae-1").correlateAllWithResult();

        assertThat(pathway).isWaitingAt("Activity_ReviewAdverseEvent", "Activity_TumorBoardReview");
        assertThat(subjectOf("Activity_ReviewAdverseEvent")).isEqualTo("ae-1");
        complete("Activity_ReviewAdverseEvent");
        assertThat(pathway).hasPassed("EndEvent_AdverseEventReviewed").isWaitingAtExactly("Activity_TumorBoardReview");
    }

    @Test
    void theReferralToTreatmentTargetIsCheckedOnceItsDayHasPassed() {
        standIns.firstTreatmentInTime = false;
        ProcessInstance pathway = refer();
        // TMR-04 "<= 62 days": a session on day 62 is in time, so the check waits until that day is over
        advanceTo(REFERRAL.plusDays(62));
        assertThat(standIns.calls).doesNotContain("checkFirstTreatmentDelegate");

        advanceTo(REFERRAL.plusDays(63));

        assertThat(pathway).hasPassed("Activity_CheckFirstTreatment", "EndEvent_FirstTreatmentBreachRecorded");
        assertThat(standIns.deviations).contains("FIRST_TREATMENT_OVERDUE");
    }

    @Test
    void aTreatmentInTimeMeetsTheTarget() {
        ProcessInstance pathway = refer();
        advanceTo(REFERRAL.plusDays(63));

        assertThat(pathway).hasPassed("EndEvent_TargetMet");
        assertThat(standIns.deviations).doesNotContain("FIRST_TREATMENT_OVERDUE");
    }

    /** What the response delegate correlates when the response imaging had no contrast (ALR-11 watch). */
    private void responseImagingWithoutContrast(String visitId, LocalDate windowEnd) {
        engine.getRuntimeService().createMessageCorrelation("ResponseImagingWithoutContrast").processInstanceBusinessKey(businessKey)
                .setVariableLocal("contrastWatchVisits", visitId)
                .setVariableLocal("contrastWatchCloses", org.ablationpath.pathway.internal.PathwayTimers.closingOf(windowEnd))
                .correlateAllWithResult();
    }

    @Test
    void aResponseWindowMetWithoutContrastIsReportedWhenItClosesWithoutContrastImaging() {
        ProcessInstance pathway = refer();
        responseImagingWithoutContrast("visit-1", REFERRAL.plusDays(56));
        assertThat(pathway).isWaitingAt("Event_ContrastWindowCloses", "Activity_TumorBoardReview");
        advanceTo(REFERRAL.plusDays(56));
        assertThat(standIns.calls).doesNotContain("checkResponseContrastDelegate");

        advanceTo(REFERRAL.plusDays(57));

        assertThat(pathway).hasPassed("Activity_CheckContrastImaging", "Activity_RaiseResponseWithoutContrast",
                "EndEvent_ResponseWithoutContrastRaised").isWaitingAtExactly("Activity_TumorBoardReview");
        assertThat(standIns.calls).contains("withoutContrast:visit-1");
    }

    @Test
    void contrastImagingInsideTheWindowEndsTheWatchQuietly() {
        standIns.contrastImagingInWindow = true;
        ProcessInstance pathway = refer();
        responseImagingWithoutContrast("visit-1", REFERRAL.plusDays(56));

        advanceTo(REFERRAL.plusDays(57));

        assertThat(pathway).hasPassed("EndEvent_ContrastImagingDone").hasNotPassed("Activity_RaiseResponseWithoutContrast");
        assertThat(standIns.calls).noneMatch(call -> call.startsWith("withoutContrast:"));
    }

    @Test
    void deathBeforeTheWindowClosesEndsTheWatch() {
        ProcessInstance pathway = refer();
        responseImagingWithoutContrast("visit-1", REFERRAL.plusDays(56));

        correlate("PatientDied", Map.of("endReason", "DEATH"));
        advanceTo(REFERRAL.plusDays(57));

        assertThat(pathway).isEnded().hasNotPassed("Activity_CheckContrastImaging");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pathway.getId()).count()).isZero();
    }
}
