package org.ablationpath.eligibility.internal.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** CALC-01 against the catalogue's worked example and band boundaries. */
class ChildPughScoreTest {

    private static ChildPughScore score(String bilirubin, String albumin, String inr, String ascites, int hepEnc) {
        return ChildPughScore.compute(new BigDecimal(bilirubin), new BigDecimal(albumin), new BigDecimal(inr), ascites,
                false, hepEnc);
    }

    @Test
    void catalogueExampleIsB7() {
        ChildPughScore cp = score("40", "30", "1.2", "NONE", 0);
        assertEquals(7, cp.points());
        assertEquals("B", cp.childPughClass());
        assertEquals("B7", cp.label());
        assertEquals(2, cp.bilirubinPoints());
        assertEquals(2, cp.albuminPoints());
        assertEquals(1, cp.inrPoints());
        assertEquals(1, cp.ascitesPoints());
        assertEquals(1, cp.encephalopathyPoints());
    }

    @Test
    void catalogueExampleWithMildAscitesIsB8() {
        assertEquals("B8", score("40", "30", "1.2", "MILD", 0).label());
    }

    @ParameterizedTest(name = "bilirubin {0} µmol/L -> {1} points")
    @CsvSource({"34.1, 1", "34.2, 2", "51.3, 2", "51.4, 3", "20, 1", "100, 3"})
    void bilirubinBandIsClosedOnBothEnds(String bilirubin, int points) {
        assertEquals(points, score(bilirubin, "40", "1.0", "NONE", 0).bilirubinPoints());
    }

    @ParameterizedTest(name = "albumin {0} g/L -> {1} points")
    @CsvSource({"35.1, 1", "35, 2", "28, 2", "27.9, 3"})
    void albuminBandIsClosedOnBothEnds(String albumin, int points) {
        assertEquals(points, score("10", albumin, "1.0", "NONE", 0).albuminPoints());
    }

    @ParameterizedTest(name = "INR {0} -> {1} points")
    @CsvSource({"1.69, 1", "1.7, 2", "2.3, 2", "2.31, 3"})
    void inrBandIsClosedOnBothEnds(String inr, int points) {
        assertEquals(points, score("10", "40", inr, "NONE", 0).inrPoints());
    }

    @ParameterizedTest(name = "encephalopathy grade {0} -> {1} points")
    @CsvSource({"0, 1", "1, 2", "2, 2", "3, 3", "4, 3"})
    void encephalopathyPoints(int grade, int points) {
        assertEquals(points, score("10", "40", "1.0", "NONE", grade).encephalopathyPoints());
    }

    @Test
    void ascitesPointsWithRefractoryCountedAsSevere() {
        assertEquals(3, score("10", "40", "1.0", "MODERATE_SEVERE", 0).ascitesPoints());
        assertEquals(3, ChildPughScore.compute(BigDecimal.TEN, new BigDecimal("40"), BigDecimal.ONE, "MILD", true, 0)
                .ascitesPoints());
    }

    @ParameterizedTest(name = "{0} points -> class {1}")
    @CsvSource({
            "10, 40, 1.0, NONE, 0, A5",
            "10, 30, 1.0, NONE, 0, A6",
            "60, 30, 1.0, NONE, 0, B8",
            "60, 30, 1.0, MILD, 0, B9",
            "60, 25, 1.0, MILD, 0, C10",
            "60, 25, 2.5, MODERATE_SEVERE, 3, C15"})
    void classBoundaries(String bilirubin, String albumin, String inr, String ascites, int hepEnc, String label) {
        assertEquals(label, score(bilirubin, albumin, inr, ascites, hepEnc).label());
    }

    @Test
    void conventionalBilirubinGivesTheSamePoints() {
        // 2.0 mg/dL = 34.2 µmol/L after the VAL-06 conversion; exactly on the lower edge of the middle band
        assertEquals(2, score(new BigDecimal("2.0").multiply(new BigDecimal("17.1")).toPlainString(), "40", "1.0",
                "NONE", 0).bilirubinPoints());
    }

    @Test
    void missingInputGivesNoScore() {
        assertNull(ChildPughScore.compute(null, new BigDecimal("40"), BigDecimal.ONE, "NONE", false, 0));
        assertNull(ChildPughScore.compute(BigDecimal.TEN, new BigDecimal("40"), BigDecimal.ONE, null, false, 0));
        assertNull(ChildPughScore.compute(BigDecimal.TEN, new BigDecimal("40"), BigDecimal.ONE, "NONE", false, null));
    }
}
