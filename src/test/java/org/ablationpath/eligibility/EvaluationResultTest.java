package org.ablationpath.eligibility;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Computed values of the response: age, evaluation date and the pathway timers TMR-02/03/04. */
class EvaluationResultTest {

    private static final EligibilityService SERVICE = new EligibilityService(Map.of(),
            Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void timersOfThePathwayExampleHaveNoBreach() {
        // pathway.md 7.1: referral 2025-03-10, MDT 2025-03-24, procedure 2025-04-14 -> 14, 21, 35 days
        ObjectNode doc = CaseDocuments.base("liver-hcc");
        CaseDocuments.set(doc, "dates.procedureDate", "2025-04-14");
        CaseDocuments.set(doc, "asOfDate", "2025-04-20");

        EligibilityEvaluation result = SERVICE.evaluate(CaseDocuments.toDocument(doc));

        TimersData timers = result.computed().timers();
        assertEquals(14L, timers.referralToMdtDays());
        assertEquals(21L, timers.mdtToProcedureDays());
        assertEquals(35L, timers.referralToProcedureDays());
        assertEquals(List.of(), timers.breaches());
    }

    @Test
    void timersOverTheirLimitsAreBreaches() {
        ObjectNode doc = CaseDocuments.base("liver-hcc");
        CaseDocuments.set(doc, "dates.referralDate", "2025-01-01");
        CaseDocuments.set(doc, "dates.procedureDate", "2025-04-25");
        CaseDocuments.set(doc, "asOfDate", "2025-04-30");

        TimersData timers = SERVICE.evaluate(CaseDocuments.toDocument(doc)).computed().timers();

        assertEquals(82L, timers.referralToMdtDays());
        assertEquals(32L, timers.mdtToProcedureDays());
        assertEquals(List.of("TMR-02", "TMR-03", "TMR-04"), timers.breaches());
    }

    @Test
    void timersWithoutProcedureAreNotComputed() {
        TimersData timers = SERVICE.evaluate(CaseDocuments.liverHcc()).computed().timers();
        assertEquals(14L, timers.referralToMdtDays());
        assertNull(timers.mdtToProcedureDays());
        assertNull(timers.referralToProcedureDays());
    }

    @Test
    void ageAndEvaluationDateComeFromTheMdtDate() {
        EligibilityEvaluation result = SERVICE.evaluate(CaseDocuments.liverHcc());
        assertEquals(LocalDate.parse("2025-03-24"), result.evaluationDate());
        assertEquals(64, result.computed().ageYears());
    }

    @Test
    void evaluationDateFallsBackToAsOfDateThenToday() {
        ObjectNode doc = CaseDocuments.base("liver-hcc");
        CaseDocuments.set(doc, "dates.mdtDate", null);
        assertEquals(LocalDate.parse("2025-03-24"), SERVICE.evaluate(CaseDocuments.toDocument(doc)).evaluationDate());
        CaseDocuments.set(doc, "asOfDate", null);
        assertEquals(LocalDate.parse("2025-06-01"), SERVICE.evaluate(CaseDocuments.toDocument(doc)).evaluationDate());
    }

    @Test
    void invalidCaseHasNoClinicalFindingsAndIsNotCorrectable() {
        ObjectNode doc = CaseDocuments.base("liver-hcc");
        CaseDocuments.set(doc, "labs.inr", 2.5);
        CaseDocuments.set(doc, "dates.mdtDate", "2025-02-30");

        EligibilityEvaluation result = SERVICE.evaluate(CaseDocuments.toDocument(doc));

        assertEquals("INVALID", result.validation().status());
        assertEquals("INVALID", result.eligibility().finalStatus());
        assertTrue(result.eligibility().rulesFired().stream().allMatch(r -> r.id().startsWith("VAL-")));
        assertEquals(false, result.eligibility().correctable());
        assertEquals(List.of(), result.decisionSuggestions());
    }

    @Test
    void computedScoresFollowTheContract() {
        // catalogue CALC-01 example: bilirubin 40, albumin 30, INR 1.2, no ascites, no encephalopathy -> B7
        ObjectNode doc = CaseDocuments.base("liver-hcc");
        CaseDocuments.set(doc, "labs.bilirubinUmolL", 40);
        CaseDocuments.set(doc, "labs.albuminGL", 30);
        CaseDocuments.set(doc, "labs.inr", 1.2);

        var json = CaseDocuments.STRICT.valueToTree(SERVICE.evaluate(CaseDocuments.toDocument(doc)).computed());

        assertEquals(List.of("childPugh", "albi", "milan", "bclc", "cnlc", "ageYears", "timers"),
                iterable(json.fieldNames()));
        assertEquals(7, json.at("/childPugh/points").asInt());
        assertEquals("B", json.at("/childPugh/class").asText());
        assertEquals("B7", json.at("/childPugh/label").asText());
        assertEquals(List.of("bilirubin", "albumin", "inr", "ascites", "encephalopathy"),
                iterable(json.at("/childPugh/subscores").fieldNames()));
        assertEquals(2, json.at("/childPugh/subscores/bilirubin").asInt());
        assertEquals(List.of("score", "grade", "mAlbiGrade"), iterable(json.at("/albi").fieldNames()));
        assertEquals("IN", json.at("/milan").asText());
        assertEquals("A", json.at("/bclc").asText());
        assertEquals("Ia", json.at("/cnlc").asText());
    }

    @Test
    void scoresWithoutTheirInputsAreOmitted() {
        ObjectNode doc = CaseDocuments.base("liver-hcc");
        CaseDocuments.set(doc, "tumors[0]", java.util.Map.of("tumorId", "L1", "organ", "LUNG",
                "histology", "LUNG_METASTASIS_CRC", "maxDiameterMm", 12));
        CaseDocuments.set(doc, "labs.albuminGL", null);
        CaseDocuments.set(doc, "labs.bilirubinUmolL", null);

        ComputedData computed = SERVICE.evaluate(CaseDocuments.toDocument(doc)).computed();

        assertNull(computed.childPugh());
        assertNull(computed.albi());
        assertNull(computed.milan());
        assertNull(computed.bclc());
        assertNull(computed.cnlc());
        assertEquals(64, computed.ageYears());
    }

    @Test
    void invalidCaseReportsNoScores() {
        ObjectNode doc = CaseDocuments.base("liver-hcc");
        CaseDocuments.set(doc, "labs.inr", null);
        ComputedData computed = SERVICE.evaluate(CaseDocuments.toDocument(doc)).computed();
        assertNull(computed.childPugh());
        assertNull(computed.bclc());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
