package org.ablationpath.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ablationpath.eligibility.internal.UnitConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** VAL-06: accepted units are converted to the canonical unit; any other unit is an INVALID error on its path. */
class UnitConversionTest {

    private static final EligibilityService SERVICE = new EligibilityService();

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "bilirubinUmolL,  2.0,    mg/dL,   34.2",
            "bilirubinUmolL,  20,     µmol/L,  20",
            "bilirubinUmolL,  20,     umol/L,  20",
            "albuminGL,       4.0,    g/dL,    40",
            "albuminGL,       40,     g/L,     40",
            "creatinineUmolL, 1.0,    mg/dL,   88.4",
            "hemoglobinGL,    13.5,   g/dL,    135",
            "plateletsE9L,    150000, /µL,     150",
            "plateletsE9L,    150000, /uL,     150",
            "plateletsE9L,    150,    x10^9/L, 150",
            "plateletsE9L,    150,    10^9/L,  150",
            "maxDiameterMm,   2.5,    cm,      25",
            "maxDiameterMm,   25,     mm,      25"})
    void convertsAcceptedUnits(String field, String value, String unit, String canonical) {
        BigDecimal converted = UnitConverter.toCanonical(field, new Measured(new BigDecimal(value), unit)).orElseThrow();
        assertEquals(0, new BigDecimal(canonical).compareTo(converted), field + " " + value + " " + unit + " -> " + converted);
    }

    @Test
    void unknownUnitIsNotConverted() {
        assertTrue(UnitConverter.toCanonical("bilirubinUmolL", Measured.of(0.02, "mmol/L")).isEmpty());
        assertTrue(UnitConverter.toCanonical("maxDiameterMm", Measured.of(1, "in")).isEmpty());
    }

    @Test
    void normalisedInputsCarryCanonicalValues() {
        ObjectNode doc = CaseDocuments.base("liver-hcc");
        CaseDocuments.set(doc, "labs.bilirubinUmolL", Map.of("value", 2.0, "unit", "mg/dL"));
        CaseDocuments.set(doc, "tumors[0].maxDiameterMm", Map.of("value", 2.5, "unit", "cm"));

        EligibilityEvaluation result = SERVICE.evaluate(CaseDocuments.toDocument(doc));

        assertEquals("VALID", result.validation().status(), result.validation().errors().toString());
        JsonNode snapshot = result.normalizedInputs();
        assertTrue(snapshot.at("/labs/bilirubinUmolL").isNumber(), snapshot.toString());
        assertEquals(0, new BigDecimal("34.2").compareTo(snapshot.at("/labs/bilirubinUmolL").decimalValue()));
        assertEquals(0, new BigDecimal("25").compareTo(snapshot.at("/tumors/0/maxDiameterMm").decimalValue()));
    }

    @Test
    void unknownUnitIsVal06OnTheFieldPath() {
        ObjectNode doc = CaseDocuments.base("liver-hcc");
        CaseDocuments.set(doc, "labs.bilirubinUmolL", Map.of("value", 0.02, "unit", "mmol/L"));

        EligibilityEvaluation result = SERVICE.evaluate(CaseDocuments.toDocument(doc));

        assertEquals("INVALID", result.eligibility().finalStatus());
        assertEquals(1, result.validation().errors().size(), result.validation().errors().toString());
        ValidationError error = result.validation().errors().get(0);
        assertEquals("VAL-06", error.rule());
        assertEquals("labs.bilirubinUmolL", error.field());
        assertTrue(error.message().contains("mmol/L"), error.message());
    }
}
