package org.ablationpath.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.ablationpath.eligibility.CaseDocuments.STRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON binding with the API's strict mapper: wrong shapes are 400s, clinical content is left to the rules. */
class CaseDocumentJsonTest {

    private static final EligibilityService SERVICE = new EligibilityService();

    private static String json(ObjectNode doc) {
        return doc.toString();
    }

    @Test
    void baseCaseBindsFromJson() throws Exception {
        CaseDocument doc = STRICT.readValue(json(CaseDocuments.base("liver-hcc")), CaseDocument.class);
        assertEquals("P-0001", doc.patient().patientId());
        assertEquals(new BigDecimal("1.1"), doc.labs().inr());
        assertEquals(Measured.of(new BigDecimal("150")).value().intValue(), doc.labs().plateletsE9L().value().intValue());
        assertNull(doc.labs().plateletsE9L().unit());
        assertEquals("LR-5", doc.tumors().get(0).liradsCategory());
    }

    @Test
    void unknownFieldIsRejected() {
        ObjectNode doc = CaseDocuments.base("liver-hcc");
        ((ObjectNode) doc.get("labs")).put("plateletCount", 150);
        assertThrows(UnrecognizedPropertyException.class, () -> STRICT.readValue(json(doc), CaseDocument.class));
    }

    @Test
    void unknownFieldInsideAMeasuredValueIsRejected() {
        String body = json(CaseDocuments.base("liver-hcc"))
                .replace("\"bilirubinUmolL\":20", "\"bilirubinUmolL\":{\"value\":2,\"unit\":\"mg/dL\",\"note\":\"x\"}");
        assertTrue(body.contains("\"note\""), body);
        assertThrows(UnrecognizedPropertyException.class, () -> STRICT.readValue(body, CaseDocument.class));
    }

    @Test
    void stringForANumberIsRejected() {
        ObjectNode inr = CaseDocuments.base("liver-hcc");
        ((ObjectNode) inr.get("labs")).put("inr", "1.1");
        assertThrows(MismatchedInputException.class, () -> STRICT.readValue(json(inr), CaseDocument.class));

        ObjectNode ecog = CaseDocuments.base("liver-hcc");
        ((ObjectNode) ecog.get("patient")).put("ecog", "0");
        assertThrows(MismatchedInputException.class, () -> STRICT.readValue(json(ecog), CaseDocument.class));

        ObjectNode platelets = CaseDocuments.base("liver-hcc");
        ((ObjectNode) platelets.get("labs")).put("plateletsE9L", "150");
        assertThrows(MismatchedInputException.class, () -> STRICT.readValue(json(platelets), CaseDocument.class));

        String stringValue = json(CaseDocuments.base("liver-hcc"))
                .replace("\"bilirubinUmolL\":20", "\"bilirubinUmolL\":{\"value\":\"2\",\"unit\":\"mg/dL\"}");
        assertThrows(MismatchedInputException.class, () -> STRICT.readValue(stringValue, CaseDocument.class));
    }

    @Test
    void bilirubinWithUnitIsAcceptedAndConverted() throws Exception {
        String body = json(CaseDocuments.base("liver-hcc"))
                .replace("\"bilirubinUmolL\":20", "\"bilirubinUmolL\":{\"value\":2,\"unit\":\"mg/dL\"}");
        CaseDocument doc = STRICT.readValue(body, CaseDocument.class);
        assertEquals(new Measured(new BigDecimal("2"), "mg/dL"), doc.labs().bilirubinUmolL());

        EligibilityEvaluation result = SERVICE.evaluate(doc);
        assertEquals("VALID", result.validation().status(), result.validation().errors().toString());
        assertEquals(0, new BigDecimal("34.2").compareTo(result.normalizedInputs().at("/labs/bilirubinUmolL").decimalValue()));
    }

    @Test
    void impossibleDateBindsAndIsAValidationError() throws Exception {
        String body = json(CaseDocuments.base("liver-hcc")).replace("\"mdtDate\":\"2025-03-24\"", "\"mdtDate\":\"2025-02-30\"");
        EligibilityEvaluation result = SERVICE.evaluate(STRICT.readValue(body, CaseDocument.class));
        assertEquals("INVALID", result.validation().status());
        assertTrue(result.validation().errors().contains(new ValidationError("VAL-05", "dates.mdtDate",
                "dates.mdtDate '2025-02-30' is not a valid calendar date (YYYY-MM-DD)")), result.validation().errors().toString());
    }

    @Test
    void responseHasTheContractShapeWithoutTheSnapshot() {
        ObjectNode doc = CaseDocuments.base("liver-hcc");
        CaseDocuments.set(doc, "labs.plateletsE9L", 40);
        JsonNode json = STRICT.valueToTree(SERVICE.evaluate(CaseDocuments.toDocument(doc)));

        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("validation", "computed", "eligibility", "modality", "decisionSuggestions", "rulesVersion"), keys);
        assertFalse(json.has("normalizedInputs"));
        assertEquals("VALID", json.at("/validation/status").asText());
        assertTrue(json.at("/validation/errors").isArray());
        assertEquals(64, json.at("/computed/ageYears").asInt());
        assertEquals(14, json.at("/computed/timers/referralToMdtDays").asInt());
        assertEquals("NOT_ELIGIBLE", json.at("/eligibility/finalStatus").asText());
        assertTrue(json.at("/eligibility/correctable").asBoolean());
        JsonNode gen03 = null;
        for (JsonNode rule : json.at("/eligibility/rulesFired")) {
            if ("GEN-03".equals(rule.path("id").asText())) {
                gen03 = rule;
            }
        }
        assertTrue(gen03 != null, json.toString());
        assertEquals("GEN-03", gen03.get("id").asText());
        assertEquals("NOT_ELIGIBLE", gen03.get("outcome").asText());
        assertTrue(gen03.get("message").asText().contains("labs.plateletsE9L"));
        assertEquals("[SIRCOAG19]", gen03.get("source").asText());
        assertTrue(gen03.has("rationale"));
        assertEquals("correct platelets and re-check", json.at("/eligibility/requiredActions/0").asText());
        assertTrue(json.at("/modality/preferred").isArray());
        assertTrue(json.at("/modality/perTumor").isObject());
        assertTrue(json.get("rulesVersion").asText().startsWith("sha256:"));
    }
}
