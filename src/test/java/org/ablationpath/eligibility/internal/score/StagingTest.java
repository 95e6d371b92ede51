package org.ablationpath.eligibility.internal.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CALC-03 Milan, CALC-04 BCLC (each branch, first match) and CALC-05 CNLC. */
class StagingTest {

    /** Sizes as "25" or "25/30/12". */
    private static HccBurden hcc(String sizes, boolean mvi, boolean ehs) {
        List<BigDecimal> mm = Arrays.stream(sizes.split("/")).map(BigDecimal::new).toList();
        return new HccBurden(mm, mvi, ehs);
    }

    @ParameterizedTest(name = "Milan {0} mvi={1} ehs={2} -> {3}")
    @CsvSource({
            "50, false, false, IN",
            "51, false, false, OUT",
            "30/30, false, false, IN",
            "30/30/10, false, false, IN",
            "31/10, false, false, OUT",
            "10/10/10/10, false, false, OUT",
            "20, true, false, OUT",
            "20, false, true, OUT"})
    void milan(String sizes, boolean mvi, boolean ehs, String expected) {
        assertEquals(expected, MilanCriteria.compute(hcc(sizes, mvi, ehs)).result());
    }

    @ParameterizedTest(name = "BCLC {0} ecog={1} cancerRelated={2} CP {3} mvi={4} ehs={5} -> {6}")
    @CsvSource({
            // 1. D: Child-Pugh C or ECOG >= 3, before everything else (even a tiny single tumour, even with MVI)
            "15, 0, false, C, false, false, D",
            "15, 3, false, A, true, false, D",
            "15, 4, , B, false, false, D",
            // 2. C: macrovascular invasion, extrahepatic spread, or cancer-related ECOG 1-2
            "15, 0, false, A, true, false, C",
            "15, 0, false, B, false, true, C",
            "15, 2, true, A, false, false, C",
            // ECOG 1-2 explained by comorbidity: staged on tumour burden
            "15, 1, false, A, false, false, 0",
            // 3. 0: one tumour <= 20 mm (Child-Pugh B allowed by default: preserved liver function)
            "20, 0, , A, false, false, 0",
            "20, 0, , B, false, false, 0",
            // 4. A: one tumour of any size, or 2-3 each <= 30 mm
            "21, 0, , A, false, false, A",
            "120, 0, , A, false, false, A",
            "30/30/30, 0, , A, false, false, A",
            "10/20, 0, , A, false, false, A",
            // 5. B: 2-3 with any > 30 mm, or >= 4
            "31/10, 0, , A, false, false, B",
            "10/10/10/10, 0, , A, false, false, B"})
    void bclc(String sizes, int ecog, Boolean cancerRelated, String cp, boolean mvi, boolean ehs, String stage) {
        assertEquals(stage, BclcStage.compute(hcc(sizes, mvi, ehs), ecog, cancerRelated, cp, false).stage());
    }

    @Test
    void bclcStage0CanRequireChildPughA() {
        assertEquals("A", BclcStage.compute(hcc("20", false, false), 0, null, "B", true).stage());
        assertEquals("0", BclcStage.compute(hcc("20", false, false), 0, null, "A", true).stage());
    }

    @Test
    void bclcCByPerformanceStatusOnlyIsFlagged() {
        assertTrue(BclcStage.compute(hcc("25", false, false), 1, true, "A", false).performanceStatusOnly());
        assertFalse(BclcStage.compute(hcc("25", true, false), 1, true, "A", false).performanceStatusOnly());
    }

    @Test
    void bclcNeedsItsInputs() {
        assertNull(BclcStage.compute(hcc("25", false, false), null, null, "A", false));
        assertNull(BclcStage.compute(hcc("25", false, false), 0, null, null, false));
        // ECOG 1-2 without knowing whether it is cancer-related cannot be staged
        assertNull(BclcStage.compute(hcc("25", false, false), 1, null, "A", false));
    }

    @ParameterizedTest(name = "CNLC {0} ecog={1} CP {2} mvi={3} ehs={4} -> {5}")
    @CsvSource({
            "20, 3, A, false, false, IV",
            "20, 0, C, false, false, IV",
            "20, 0, A, true, true, IIIb",
            "20, 0, B, true, false, IIIa",
            "50, 0, A, false, false, Ia",
            "51, 0, A, false, false, Ib",
            "30/30/10, 2, A, false, false, Ib",
            "31/10, 0, A, false, false, IIa",
            "10/10/10/10, 0, A, false, false, IIb"})
    void cnlc(String sizes, int ecog, String cp, boolean mvi, boolean ehs, String stage) {
        assertEquals(stage, CnlcStage.compute(hcc(sizes, mvi, ehs), ecog, cp).stage());
    }
}
