package org.ablationpath.outcomes;

import static org.ablationpath.outcomes.Timelines.d;
import static org.ablationpath.outcomes.Timelines.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.DiseaseEventType;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.outcomes.TechniqueEfficacy.Result;
import org.ablationpath.procedure.IntentType;
import org.junit.jupiter.api.Test;

/** The OUT algorithms against the worked examples of outcomes.md 2.1 and the edge cases of section 2. */
class OutcomeCalculatorTest {

    private final OutcomeCalculator calculator = new OutcomeCalculator(OutcomeSettings.DEFAULTS);

    private PatientOutcomes compute(Timelines timeline) {
        return calculator.compute(timeline.build()).orElseThrow();
    }

    private static void assertEvent(TimeToEvent tte, String type, long days, String months) {
        assertThat(tte.event()).as("event").isTrue();
        assertThat(tte.eventType()).isEqualTo(type);
        assertThat(tte.days()).isEqualTo(days);
        assertThat(tte.months()).isEqualByComparingTo(months);
    }

    private static void assertCensored(TimeToEvent tte, String censorDate, long days, String months) {
        assertThat(tte.event()).as("event").isFalse();
        assertThat(tte.censorDate()).isEqualTo(d(censorDate));
        assertThat(tte.days()).isEqualTo(days);
        assertThat(tte.months()).isEqualByComparingTo(months);
    }

    /** Example A: LTP at month 10, re-ablated (HCC, 22 mm). */
    private static Timelines exampleA() {
        return timeline()
                .session("2024-03-04", IntentType.INITIAL)
                .ct("2024-04-05", AblationResponse.COMPLETE)
                .ct("2024-06-04", AblationResponse.COMPLETE)
                .ct("2024-09-03", AblationResponse.COMPLETE)
                .ct("2025-01-08", AblationResponse.LTP)
                .session("2025-01-27", IntentType.RETREATMENT_LTP)
                .ct("2025-02-28", AblationResponse.COMPLETE)
                .lastContact("2025-04-10");
    }


    @Test
    void exampleA_ltpAtMonthTenReablated() {
        PatientOutcomes out = compute(exampleA());

        assertThat(out.startDate()).isEqualTo(d("2024-03-04"));
        assertThat(out.techniqueEfficacy1m().result()).isEqualTo(Result.COMPLETE);
        assertThat(out.techniqueEfficacy1m().dayPostProcedure()).isEqualTo(32L);
        assertThat(out.techniqueEfficacy1m().inWindow()).isTrue();
        assertThat(out.primaryTechniqueEfficacy()).isTrue();
        assertThat(out.localTumourProgression().occurred()).isTrue();
        assertThat(out.localTumourProgression().date()).isEqualTo(d("2025-01-08"));
        assertThat(out.localTumourProgression().months()).isEqualByComparingTo("10.18");
        assertEvent(out.timeToLtp(), "LTP", 310, "10.18");
        assertEvent(out.ltpFreeSurvival(), "LTP", 310, "10.18");
        assertEvent(out.timeToRecurrence(), "LTP", 310, "10.18");
        assertEvent(out.diseaseFreeSurvival(), "LTP", 310, "10.18");
        assertThat(out.secondaryTechniqueEfficacy()).isTrue();
        assertCensored(out.overallSurvival(), "2025-04-10", 402, "13.21");
        assertThat(out.thirtyDayMortality()).isFalse();
        assertThat(out.procedureRelatedDeath()).isNull();
    }

    @Test
    void exampleB_residualUnablatedTumourIsNeitherLtpNorRecurrence() {
        PatientOutcomes out = compute(timeline()
                .session("2024-05-06", IntentType.INITIAL)
                .ct("2024-06-03", AblationResponse.RESIDUAL_VIABLE)
                .session("2024-06-17", IntentType.RETREATMENT_RESIDUAL)
                .ct("2024-07-17", AblationResponse.COMPLETE)
                .ct("2024-09-17", AblationResponse.COMPLETE)
                .ct("2024-12-17", AblationResponse.COMPLETE)
                .lastContact("2025-02-03"));

        assertThat(out.techniqueEfficacy1m().result()).isEqualTo(Result.INCOMPLETE);
        assertThat(out.techniqueEfficacy1m().dayPostProcedure()).isEqualTo(28L);
        assertThat(out.primaryTechniqueEfficacy()).isFalse();
        assertThat(out.assistedTechniqueEfficacy()).isTrue();
        assertThat(out.additionalSessionsForResidual()).isEqualTo(1);
        assertThat(out.localTumourProgression().occurred()).isFalse();
        assertThat(out.neverDiseaseFree()).isFalse();
        assertCensored(out.ltpFreeSurvival(), "2024-12-17", 225, "7.39");
        assertCensored(out.timeToRecurrence(), "2024-12-17", 225, "7.39");
        assertCensored(out.diseaseFreeSurvival(), "2024-12-17", 225, "7.39");
        assertThat(out.diseaseFreeSurvival().excluded()).isFalse();
        assertCensored(out.overallSurvival(), "2025-02-03", 273, "8.97");
    }

    @Test
    void exampleC_earlyDeath() {
        PatientOutcomes out = compute(timeline()
                .session("2024-10-07", IntentType.INITIAL)
                .event(DiseaseEventType.MARKER_ONLY, null, "2024-10-19")
                .death("2024-10-22", CauseOfDeath.TREATMENT_RELATED)
                .lastContact("2024-10-21"));

        assertThat(out.thirtyDayMortality()).isTrue();
        assertThat(out.procedureRelatedDeath()).isTrue();
        assertEvent(out.overallSurvival(), "DEATH", 15, "0.49");
        assertEvent(out.ltpFreeSurvival(), "DEATH", 15, "0.49");
        assertEvent(out.diseaseFreeSurvival(), "DEATH", 15, "0.49");
        assertCensored(out.timeToRecurrence(), "2024-10-22", 15, "0.49");
        assertThat(out.timeToRecurrence().eventType()).isEqualTo("DEATH_COMPETING");
        assertCensored(out.timeToLtp(), "2024-10-22", 15, "0.49");
        assertThat(out.techniqueEfficacy1m().result()).isEqualTo(Result.NOT_EVALUABLE);
        assertThat(out.techniqueEfficacy1m().reason()).isEqualTo("DEATH");
    }


    @Test
    void osIsCensoredAtLastContactEvenLongAfterTheLastImaging() {
        PatientOutcomes out = compute(timeline()
                .session("2024-01-01", IntentType.INITIAL)
                .ct("2024-02-01", AblationResponse.COMPLETE)
                .lastContact("2025-01-01"));

        assertCensored(out.overallSurvival(), "2025-01-01", 366, "12.02");
        assertCensored(out.ltpFreeSurvival(), "2024-02-01", 31, "1.02");
    }

    @Test
    void osCensoringNeverPrecedesADocumentedStudy() {
        PatientOutcomes out = compute(timeline()
                .session("2024-01-01", IntentType.INITIAL)
                .ct("2024-03-01", AblationResponse.COMPLETE)
                .lastContact("2024-02-01"));

        assertCensored(out.overallSurvival(), "2024-03-01", 60, "1.97");
    }

    @Test
    void deathAfterLtpKeepsTheLtpAsEventAndIsTheOsEvent() {
        PatientOutcomes out = compute(exampleA().death("2025-06-01", CauseOfDeath.TUMOUR_PROGRESSION));

        assertEvent(out.ltpFreeSurvival(), "LTP", 310, "10.18");
        assertEvent(out.overallSurvival(), "DEATH", 454, "14.92");
        assertThat(out.thirtyDayMortality()).isFalse();
        assertThat(out.procedureRelatedDeath()).isFalse();
    }

    @Test
    void theMortalityReviewsFindingIsTheProcedureRelatedDeathWhateverTheRecordedCause() {
        // OUT-12: procedureRelatedDeath after M&M review (TMR-11); the cause of death decides only without a review
        Timelines earlyDeath = timeline().session("2024-10-07", IntentType.INITIAL).lastContact("2024-10-21");

        assertThat(compute(earlyDeath.death("2024-10-22", CauseOfDeath.TREATMENT_RELATED).reviewedDeath(false))
                .procedureRelatedDeath()).isFalse();
        assertThat(compute(earlyDeath.death("2024-10-22", CauseOfDeath.OTHER).reviewedDeath(true))
                .procedureRelatedDeath()).isTrue();
    }

    @Test
    void deathWithoutRecurrenceIsDfsEventButCensorsTtr() {
        PatientOutcomes out = compute(timeline()
                .session("2024-01-01", IntentType.INITIAL)
                .ct("2024-02-01", AblationResponse.COMPLETE)
                .death("2024-06-01", CauseOfDeath.OTHER));

        assertEvent(out.diseaseFreeSurvival(), "DEATH", 152, "4.99");
        assertCensored(out.timeToRecurrence(), "2024-06-01", 152, "4.99");
    }

    @Test
    void reAblationNeverResetsTheTimeOriginAndTheEfficacyWindowStaysOnTheInitialSession() {
        PatientOutcomes out = compute(timeline()
                .session("2024-01-01", IntentType.INITIAL)
                .ct("2024-01-29", AblationResponse.RESIDUAL_VIABLE)
                .session("2024-02-05", IntentType.RETREATMENT_RESIDUAL)
                // day 21-56 of the re-ablation, but not of the initial session: not the OUT-02 study
                .ct("2024-03-04", AblationResponse.RESIDUAL_VIABLE)
                .session("2024-03-11", IntentType.RETREATMENT_RESIDUAL)
                .ct("2024-04-10", AblationResponse.COMPLETE)
                .ct("2024-10-10", AblationResponse.LTP));

        assertThat(out.techniqueEfficacy1m().imagingDate()).isEqualTo(d("2024-01-29"));
        assertThat(out.assistedTechniqueEfficacy()).isTrue();
        assertThat(out.additionalSessionsForResidual()).isEqualTo(2);
        // the RESIDUAL_VIABLE after the first re-ablation is no LTP: nothing was COMPLETE before it
        assertEvent(out.timeToLtp(), "LTP", 283, "9.30");
        assertThat(out.timeToLtp().startDate()).isEqualTo(d("2024-01-01"));
    }

    @Test
    void reAblationOfLtpWithoutCompleteResponseIsNoSecondaryEfficacy() {
        PatientOutcomes out = compute(timeline()
                .session("2024-03-04", IntentType.INITIAL)
                .ct("2024-04-05", AblationResponse.COMPLETE)
                .ct("2025-01-08", AblationResponse.LTP)
                .session("2025-01-27", IntentType.RETREATMENT_LTP)
                .ct("2025-02-28", AblationResponse.RESIDUAL_VIABLE));

        assertThat(out.secondaryTechniqueEfficacy()).isFalse();
        assertEvent(out.timeToLtp(), "LTP", 310, "10.18");
    }

    @Test
    void missingFirstImagingIsNotEvaluableAndStudiesOutsideTheWindowAreFlagged() {
        PatientOutcomes out = compute(timeline()
                .asOf("2024-12-31")
                .session("2024-01-01", IntentType.INITIAL)
                .ct("2024-03-15", AblationResponse.COMPLETE));

        TechniqueEfficacy te = out.techniqueEfficacy1m();
        assertThat(te.result()).isEqualTo(Result.NOT_EVALUABLE);
        assertThat(te.reason()).isEqualTo("NO_IMAGING_IN_WINDOW");
        assertThat(te.imagingDate()).isEqualTo(d("2024-03-15"));
        assertThat(te.inWindow()).isFalse();
        assertThat(out.primaryTechniqueEfficacy()).isFalse();
    }

    @Test
    void noImagingAtAllCensorsImagingEndpointsAtTheStart() {
        PatientOutcomes out = compute(timeline().asOf("2024-12-31").session("2024-01-01", IntentType.INITIAL));

        assertThat(out.techniqueEfficacy1m().reason()).isEqualTo("NO_IMAGING_IN_WINDOW");
        assertThat(out.techniqueEfficacy1m().imagingDate()).isNull();
        assertCensored(out.ltpFreeSurvival(), "2024-01-01", 0, "0");
    }

    @Test
    void windowStillOpenIsPending() {
        PatientOutcomes out = compute(timeline().asOf("2024-01-20").session("2024-01-01", IntentType.INITIAL));

        assertThat(out.techniqueEfficacy1m().reason()).isEqualTo("PENDING");
    }

    @Test
    void nonContrastImagingDoesNotCountForTechniqueEfficacy() {
        PatientOutcomes out = compute(timeline()
                .asOf("2024-12-31")
                .session("2024-01-01", IntentType.INITIAL)
                .us("2024-01-29", AblationResponse.COMPLETE));

        assertThat(out.techniqueEfficacy1m().result()).isEqualTo(Result.NOT_EVALUABLE);
    }

    @Test
    void equivocalResolvedByDayNinety() {
        PatientOutcomes resolved = compute(timeline()
                .session("2024-01-01", IntentType.INITIAL)
                .ct("2024-01-29", AblationResponse.EQUIVOCAL)
                .ct("2024-03-15", AblationResponse.COMPLETE));
        PatientOutcomes unresolved = compute(timeline()
                .session("2024-01-01", IntentType.INITIAL)
                .ct("2024-01-29", AblationResponse.EQUIVOCAL)
                .ct("2024-04-15", AblationResponse.COMPLETE));

        assertThat(resolved.techniqueEfficacy1m().result()).isEqualTo(Result.COMPLETE);
        assertThat(resolved.primaryTechniqueEfficacy()).isTrue();
        assertThat(unresolved.techniqueEfficacy1m().result()).isEqualTo(Result.NOT_EVALUABLE);
        assertThat(unresolved.techniqueEfficacy1m().reason()).isEqualTo("UNRESOLVED_BY_DAY_90");
    }

    @Test
    void ltpFindingWithoutEarlierCompleteResponseIsResidualNotLtp() {
        PatientOutcomes out = compute(timeline()
                .session("2024-01-01", IntentType.INITIAL)
                .ct("2024-01-29", AblationResponse.LTP));

        assertThat(out.techniqueEfficacy1m().result()).isEqualTo(Result.INCOMPLETE);
        assertThat(out.localTumourProgression().occurred()).isFalse();
        assertThat(out.neverDiseaseFree()).isTrue();
        assertThat(out.diseaseFreeSurvival().excluded()).isTrue();
    }

    @Test
    void neverDiseaseFreeMayBeConfiguredAsEventAtStart() {
        OutcomeCalculator eventAtStart = new OutcomeCalculator(
                new OutcomeSettings(null, null, null, OutcomeSettings.NeverDiseaseFree.EVENT_AT_T0, null));
        PatientOutcomes out = eventAtStart.compute(timeline()
                .session("2024-01-01", IntentType.INITIAL, "T1")
                .ct("2024-01-29", AblationResponse.COMPLETE)
                .untreated("T2").build()).orElseThrow();

        assertThat(out.neverDiseaseFree()).isTrue();
        assertEvent(out.diseaseFreeSurvival(), "NEVER_DISEASE_FREE", 0, "0");
    }

    @Test
    void distantAndExtraOrganRecurrenceEndTtrButNotTtltp() {
        PatientOutcomes out = compute(timeline()
                .session("2024-01-01", IntentType.INITIAL)
                .ct("2024-01-29", AblationResponse.COMPLETE)
                .ctWithNewDisease("2024-05-01", true, false)
                .event(DiseaseEventType.EXTRA_ORGAN, null, "2024-04-01")
                .ct("2024-08-01", AblationResponse.COMPLETE));

        assertEvent(out.timeToRecurrence(), "EXTRA_ORGAN", 91, "2.99");
        assertEvent(out.diseaseFreeSurvival(), "EXTRA_ORGAN", 91, "2.99");
        assertCensored(out.timeToLtp(), "2024-08-01", 213, "7.00");
        assertCensored(out.ltpFreeSurvival(), "2024-08-01", 213, "7.00");
    }

    @Test
    void recordedLtpEventCountsForItsTumourAndThePatient() {
        PatientOutcomes out = compute(timeline()
                .session("2024-01-01", IntentType.INITIAL)
                .ct("2024-01-29", AblationResponse.COMPLETE)
                .event(DiseaseEventType.LTP, "T1", "2024-06-01"));

        assertThat(out.tumors().get(0).localTumourProgression().date()).isEqualTo(d("2024-06-01"));
        assertEvent(out.ltpFreeSurvival(), "LTP", 152, "4.99");
    }

    @Test
    void perTumourOutcomesStartAtTheFirstSessionTreatingThatTumour() {
        PatientOutcomes out = compute(timeline()
                .session("2024-01-01", IntentType.INITIAL, "T1")
                .session("2024-02-01", IntentType.INITIAL, "T2")
                .ct("2024-01-29", Map.of("T1", AblationResponse.COMPLETE))
                .ct("2024-03-01", Map.of("T1", AblationResponse.COMPLETE, "T2", AblationResponse.RESIDUAL_VIABLE))
                .failedSession("2024-03-10", "T3"));

        TumourOutcomes t2 = out.tumors().get(1);
        assertThat(t2.tumorId()).isEqualTo("T2");
        assertThat(t2.startDate()).isEqualTo(d("2024-02-01"));
        assertThat(t2.techniqueEfficacy1m().dayPostProcedure()).isEqualTo(29L);
        assertThat(out.techniqueEfficacy1m().result()).isEqualTo(Result.INCOMPLETE);
        assertThat(out.primaryTechniqueEfficacy()).isFalse();
        assertThat(out.technicalSuccess()).isFalse();
        assertThat(out.tumors().get(0).technicalSuccess()).isTrue();
    }

    @Test
    void thirtyDayMortalityCountsFromEverySession() {
        PatientOutcomes out = compute(timeline()
                .session("2024-01-01", IntentType.INITIAL)
                .session("2024-06-01", IntentType.RETREATMENT_LTP)
                .death("2024-07-01", CauseOfDeath.UNKNOWN));

        assertThat(out.sessionMortality()).extracting(PatientOutcomes.SessionMortality::thirtyDayMortality)
                .containsExactly(false, true);
        assertThat(out.thirtyDayMortality()).isTrue();
    }

    @Test
    void visitComplianceInWindowOutOfWindowMissedAndNotDue() {
        PatientOutcomes out = compute(timeline()
                .asOf("2024-08-01")
                .session("2024-01-01", IntentType.INITIAL)
                .visit("M1", "2024-02-01", 7, "2024-02-05", VisitStatus.DONE)
                .visit("M3", "2024-04-01", 14, "2024-05-01", VisitStatus.DONE)
                .visit("M6", "2024-07-01", 14, null, VisitStatus.PLANNED)
                .visit("M9", "2024-10-01", 14, null, VisitStatus.PLANNED)
                .visit("M12", "2025-01-01", 14, null, VisitStatus.CANCELLED));

        assertThat(out.visitCompliance()).extracting(VisitCompliance::status).containsExactly(
                VisitCompliance.Status.IN_WINDOW, VisitCompliance.Status.OUT_OF_WINDOW, VisitCompliance.Status.MISSED,
                VisitCompliance.Status.NOT_DUE, VisitCompliance.Status.CANCELLED);
    }

    @Test
    void factsAfterTheAsOfDateAreIgnored() {
        PatientOutcomes out = compute(exampleA().asOf("2024-12-31"));

        assertThat(out.localTumourProgression().occurred()).isFalse();
        assertCensored(out.ltpFreeSurvival(), "2024-09-03", 183, "6.01");
        assertThat(out.ltpFreeSurvival().months()).isEqualTo(new BigDecimal("6.01"));
    }

    @Test
    void noSessionNoOutcomes() {
        assertThat(calculator.compute(timeline().build())).isEmpty();
    }
}
