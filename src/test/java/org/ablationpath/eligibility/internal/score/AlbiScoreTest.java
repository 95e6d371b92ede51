package org.ablationpath.eligibility.internal.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** CALC-02 against the catalogue's example and cut-offs (graded before rounding). */
class AlbiScoreTest {

    @Test
    void catalogueExampleIsGrade2AndMAlbi2b() {
        AlbiScore albi = AlbiScore.compute(new BigDecimal("22"), new BigDecimal("35"));
        assertEquals(new BigDecimal("-2.09"), albi.score());
        assertEquals(2, albi.grade());
        assertEquals("2b", albi.mAlbiGrade());
    }

    @Test
    void usesTheCoefficient0085() {
        // bilirubin 10 µmol/L: log10 = 1 -> 0.66 - 0.085 * 40 = -2.74 (with -0.0852 it would be -2.748 -> -2.75)
        assertEquals(new BigDecimal("-2.74"), AlbiScore.compute(BigDecimal.TEN, new BigDecimal("40")).score());
    }

    @ParameterizedTest(name = "ALBI {0} -> grade {1}, mALBI {2}")
    @CsvSource({
            "-2.60, 1, 1",
            "-2.5999, 2, 2a",
            "-2.27, 2, 2a",
            "-2.2699, 2, 2b",
            "-1.39, 2, 2b",
            "-1.3899, 3, 3",
            "-3.10, 1, 1",
            "-0.50, 3, 3"})
    void cutOffsBelongToTheBetterGrade(String raw, int grade, String mAlbi) {
        AlbiScore albi = AlbiScore.fromRaw(new BigDecimal(raw));
        assertEquals(grade, albi.grade());
        assertEquals(mAlbi, albi.mAlbiGrade());
    }

    @Test
    void gradedBeforeRounding() {
        // -2.596 rounds to -2.60 but is above the grade-1 cut-off
        AlbiScore above = AlbiScore.fromRaw(new BigDecimal("-2.596"));
        assertEquals(new BigDecimal("-2.60"), above.score());
        assertEquals(2, above.grade());
        // -1.394 rounds to -1.39 and is grade 2; -1.386 rounds to -1.39 but is grade 3
        assertEquals(2, AlbiScore.fromRaw(new BigDecimal("-1.394")).grade());
        AlbiScore grade3 = AlbiScore.fromRaw(new BigDecimal("-1.386"));
        assertEquals(new BigDecimal("-1.39"), grade3.score());
        assertEquals(3, grade3.grade());
    }

    @Test
    void missingInputGivesNoScore() {
        assertNull(AlbiScore.compute(null, new BigDecimal("40")));
        assertNull(AlbiScore.compute(BigDecimal.TEN, null));
    }
}
