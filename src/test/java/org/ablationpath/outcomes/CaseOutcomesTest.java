package org.ablationpath.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.ablationpath.followup.PlannedVisit;
import org.ablationpath.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;

/** The case document's followUp block read into a timeline (contracts/case-evaluation.md), worked example A and B. */
class CaseOutcomesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CaseOutcomes outcomes = new CaseOutcomes(OutcomeSettings.DEFAULTS);

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void exampleAFromTheCaseDocument() throws Exception {
        JsonNode followUp = json("""
                {'procedures': [
                   {'procedureId': 'P1', 'date': '2024-03-04', 'modality': 'MWA', 'intentType': 'INITIAL', 'tumorIds': ['T1'], 'technicalSuccess': true},
                   {'procedureId': 'P2', 'date': '2025-01-27', 'modality': 'MWA', 'intentType': 'RETREATMENT_LTP', 'tumorIds': ['T1'], 'technicalSuccess': true}],
                 'imaging': [
                   {'date': '2024-04-05', 'modality': 'CT', 'purpose': 'RESPONSE', 'assessments': [{'tumorId': 'T1', 'response': 'COMPLETE'}]},
                   {'date': '2024-06-04', 'modality': 'MRI', 'purpose': 'SURVEILLANCE', 'assessments': [{'tumorId': 'T1', 'liradsTr': 'NONVIABLE'}]},
                   {'date': '2024-09-03', 'modality': 'MRI', 'purpose': 'SURVEILLANCE', 'assessments': [{'tumorId': 'T1', 'response': 'COMPLETE'}]},
                   {'date': '2025-01-08', 'modality': 'MRI', 'purpose': 'SURVEILLANCE', 'assessments': [{'tumorId': 'T1', 'liradsTr': 'VIABLE'}]},
                   {'date': '2025-02-28', 'modality': 'CT', 'purpose': 'RESPONSE', 'assessments': [{'tumorId': 'T1', 'response': 'COMPLETE'}]}],
                 'visits': [{'date': '2024-06-10', 'type': 'CLINIC'}],
                 'vitalStatus': {'status': 'ALIVE', 'lastContactDate': '2025-04-10'}}
                """);
        List<PlannedVisit> grid = List.of(
                new PlannedVisit("M1", LocalDate.parse("2024-04-04"), LocalDate.parse("2024-03-25"), LocalDate.parse("2024-04-29"), "IMAGING"),
                new PlannedVisit("M3", LocalDate.parse("2024-06-04"), LocalDate.parse("2024-05-21"), LocalDate.parse("2024-06-18"), "CLINIC"),
                new PlannedVisit("M6", LocalDate.parse("2024-09-04"), LocalDate.parse("2024-08-21"), LocalDate.parse("2024-09-18"), "CLINIC"));

        CaseOutcomes.Evaluation evaluation = outcomes.evaluate(followUp, LocalDate.parse("2025-05-01"), List.of("T1"), grid);

        assertThat(evaluation.problems()).isEmpty();
        PatientOutcomes out = evaluation.outcomes().orElseThrow();
        assertThat(out.primaryTechniqueEfficacy()).isTrue();
        assertThat(out.ltpFreeSurvival().days()).isEqualTo(310);
        assertThat(out.secondaryTechniqueEfficacy()).isTrue();
        assertThat(out.overallSurvival().days()).isEqualTo(402);
        assertThat(out.technicalSuccess()).isTrue();
        assertThat(out.visitCompliance()).extracting(VisitCompliance::inWindow).containsExactly(true, true, true);
        assertThat(out.visitCompliance().get(1).actual()).isEqualTo(LocalDate.parse("2024-06-04"));
        // the case API writes the contract's visitCompliance[].inWindow
        JsonNode written = new ObjectMapper().findAndRegisterModules().valueToTree(out.visitCompliance());
        assertThat(written.get(0).path("inWindow").isBoolean()).as("%s", written).isTrue();
        assertThat(written.get(0).path("inWindow").asBoolean()).isTrue();
    }

    @Test
    void untreatedTumourOfTheDocumentMeansNeverDiseaseFree() throws Exception {
        JsonNode followUp = json("""
                {'procedures': [{'date': '2024-05-06', 'intentType': 'INITIAL', 'tumorIds': ['T1'], 'technicalSuccess': true}],
                 'imaging': [{'date': '2024-06-03', 'modality': 'CT', 'assessments': [{'tumorId': 'T1', 'response': 'COMPLETE'}]}]}
                """);

        PatientOutcomes out = outcomes.evaluate(followUp, LocalDate.parse("2025-01-01"), List.of("T1", "T2"), List.of())
                .outcomes().orElseThrow();

        assertThat(out.neverDiseaseFree()).isTrue();
        assertThat(out.diseaseFreeSurvival().excluded()).isTrue();
    }

    @Test
    void unreadableValuesAndInvalidHistoriesAreNamedByTheirPath() throws Exception {
        JsonNode badDate = json("""
                {'procedures': [{'date': '2024-02-30', 'intentType': 'SOMETIMES', 'tumorIds': ['T1']}]}
                """);
        JsonNode visitAfterDeath = json("""
                {'procedures': [{'date': '2024-01-01', 'intentType': 'INITIAL', 'tumorIds': ['T1']}],
                 'imaging': [{'date': '2024-03-01', 'modality': 'CT', 'assessments': [{'tumorId': 'T1', 'response': 'COMPLETE'}]}],
                 'vitalStatus': {'status': 'DEAD', 'deathDate': '2024-02-01', 'lastContactDate': '2024-02-10'}}
                """);

        assertThat(outcomes.evaluate(badDate, null, List.of(), List.of()).problems()).extracting(FieldProblem::field)
                .containsExactly("followUp.procedures[0].date", "followUp.procedures[0].intentType");
        CaseOutcomes.Evaluation invalid = outcomes.evaluate(visitAfterDeath, null, List.of(), List.of());
        assertThat(invalid.outcomes()).isEmpty();
        assertThat(invalid.problems()).extracting(FieldProblem::field)
                .containsExactly("followUp.vitalStatus.lastContactDate", "followUp.imaging[0].date");
    }
    /** OUT-05: a COMPLETE on immediate post-procedure imaging documents no complete ablation (outcomes.md 1, example B). */
    @Test
    void viableTumourOnTheFirstResponseStudyAfterAnImmediatePostCompleteIsResidualNotLtp() throws Exception {
        JsonNode followUp = json("""
                {'procedures': [{'date': '2024-05-06', 'intentType': 'INITIAL', 'tumorIds': ['T1'], 'technicalSuccess': true}],
                 'imaging': [
                   {'date': '2024-05-07', 'modality': 'CT', 'purpose': 'IMMEDIATE_POST', 'assessments': [{'tumorId': 'T1', 'response': 'COMPLETE'}]},
                   {'date': '2024-06-03', 'modality': 'CT', 'purpose': 'RESPONSE', 'assessments': [{'tumorId': 'T1', 'response': 'RESIDUAL_VIABLE'}]}]}
                """);

        CaseOutcomes.Evaluation evaluation = outcomes.evaluate(followUp, LocalDate.parse("2024-09-01"), List.of("T1"), List.of());

        assertThat(evaluation.problems()).isEmpty();
        PatientOutcomes out = evaluation.outcomes().orElseThrow();
        assertThat(out.techniqueEfficacy1m().result()).isEqualTo(TechniqueEfficacy.Result.INCOMPLETE);
        assertThat(out.localTumourProgression().occurred()).isFalse();
        assertThat(out.timeToLtp().event()).isFalse();
        assertThat(out.timeToRecurrence().event()).isFalse();
        assertThat(out.timeToRecurrence().censorDate()).isEqualTo(LocalDate.parse("2024-06-03"));
    }

    /** OUT-05, section 1.1: viable tumour after a response or surveillance study showed it COMPLETE is LTP. */
    @Test
    void viableTumourAfterACompleteResponseOrSurveillanceStudyIsLtp() throws Exception {
        JsonNode followUp = json("""
                {'procedures': [{'date': '2024-05-06', 'intentType': 'INITIAL', 'tumorIds': ['T1'], 'technicalSuccess': true}],
                 'imaging': [
                   {'date': '2024-05-07', 'modality': 'CT', 'purpose': 'IMMEDIATE_POST', 'assessments': [{'tumorId': 'T1', 'response': 'COMPLETE'}]},
                   {'date': '2024-08-05', 'modality': 'US', 'purpose': 'SURVEILLANCE', 'assessments': [{'tumorId': 'T1', 'response': 'COMPLETE'}]},
                   {'date': '2024-11-04', 'modality': 'CT', 'purpose': 'SURVEILLANCE', 'assessments': [{'tumorId': 'T1', 'response': 'RESIDUAL_VIABLE'}]}]}
                """);

        PatientOutcomes out = outcomes.evaluate(followUp, LocalDate.parse("2025-01-01"), List.of("T1"), List.of())
                .outcomes().orElseThrow();

        assertThat(out.localTumourProgression().date()).isEqualTo(LocalDate.parse("2024-11-04"));
        assertThat(out.timeToRecurrence().eventType()).isEqualTo("LTP");
    }

    /** OUT-04: the study the day after a re-ablation is immediate post-procedure imaging, not its response imaging. */
    @Test
    void assistedEfficacyNeedsTheResponseStudyAfterTheReablationNotItsImmediatePostStudy() throws Exception {
        JsonNode followUp = json("""
                {'procedures': [
                   {'date': '2024-05-06', 'intentType': 'INITIAL', 'tumorIds': ['T1'], 'technicalSuccess': true},
                   {'date': '2024-06-17', 'intentType': 'RETREATMENT_RESIDUAL', 'tumorIds': ['T1'], 'technicalSuccess': true}],
                 'imaging': [
                   {'date': '2024-06-03', 'modality': 'CT', 'purpose': 'RESPONSE', 'assessments': [{'tumorId': 'T1', 'response': 'RESIDUAL_VIABLE'}]},
                   {'date': '2024-06-18', 'modality': 'CT', 'purpose': 'IMMEDIATE_POST', 'assessments': [{'tumorId': 'T1', 'response': 'COMPLETE'}]},
                   {'date': '2024-07-17', 'modality': 'CT', 'purpose': 'RESPONSE', 'assessments': [{'tumorId': 'T1', 'response': 'RESIDUAL_VIABLE'}]}]}
                """);

        PatientOutcomes out = outcomes.evaluate(followUp, LocalDate.parse("2024-09-01"), List.of("T1"), List.of())
                .outcomes().orElseThrow();

        assertThat(out.assistedTechniqueEfficacy()).isFalse();
        assertThat(out.localTumourProgression().occurred()).isFalse();
        assertThat(out.neverDiseaseFree()).isTrue();
    }

    @Test
    void unknownImagingPurposeIsNamedByItsPath() throws Exception {
        JsonNode followUp = json("""
                {'procedures': [{'date': '2024-05-06', 'intentType': 'INITIAL', 'tumorIds': ['T1']}],
                 'imaging': [{'date': '2024-06-03', 'modality': 'CT', 'purpose': 'FOLLOW_UP', 'assessments': [{'tumorId': 'T1', 'response': 'COMPLETE'}]}]}
                """);

        assertThat(outcomes.evaluate(followUp, null, List.of("T1"), List.of()).problems()).extracting(FieldProblem::field)
                .containsExactly("followUp.imaging[0].purpose");
    }
}
