package org.ablationpath.eligibility;

import org.ablationpath.eligibility.internal.RuleParameters;
import org.ablationpath.eligibility.internal.VolumeReductionRatio;
import org.ablationpath.eligibility.internal.VolumeReductionRatio.Point;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CALC-06: thyroid volume reduction ratio, success and regrowth with the default parameters. */
class VolumeReductionRatioTest {

    private static final RuleParameters PARAMETERS = RuleParameters.defaults();
    private static final BigDecimal SUCCESS = PARAMETERS.number("thyroidSuccessVrrPct");
    private static final BigDecimal FACTOR = PARAMETERS.number("thyroidRegrowthFactor");

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void defaultsAreTheCatalogueValues() {
        assertEquals(0, d("50").compareTo(SUCCESS));
        assertEquals(0, d("1.5").compareTo(FACTOR));
    }

    @Test
    void vrrIsTheRelativeReductionInPercent() {
        assertEquals(d("50.00"), VolumeReductionRatio.percent(d("20"), d("10")));
        assertEquals(d("66.67"), VolumeReductionRatio.percent(d("15"), d("5")));
        assertEquals(d("0.00"), VolumeReductionRatio.percent(d("12.5"), d("12.5")));
        assertEquals(d("-20.00"), VolumeReductionRatio.percent(d("10"), d("12")));
        assertEquals(d("100.00"), VolumeReductionRatio.percent(d("10"), d("0")));
    }

    @Test
    void successStartsAtExactlyFiftyPercent() {
        assertTrue(VolumeReductionRatio.isSuccess(VolumeReductionRatio.percent(d("20"), d("10")), SUCCESS));
        assertFalse(VolumeReductionRatio.isSuccess(VolumeReductionRatio.percent(d("20"), d("10.01")), SUCCESS));
    }

    @Test
    void regrowthIsStrictlyAboveOnePointFiveTimesTheSmallestVolume() {
        assertFalse(VolumeReductionRatio.isRegrowth(d("6"), d("4"), FACTOR));
        assertTrue(VolumeReductionRatio.isRegrowth(d("6.01"), d("4"), FACTOR));
    }

    @Test
    void seriesTracksTheSmallestVolumeSoFar() {
        // V0 20 mL; 6 months 8 mL (VRR 60 %, success); 12 months 4 mL; 24 months 6 mL (= 1.5 x 4, no regrowth);
        // 36 months 6.5 mL (> 6, regrowth)
        List<Point> points = VolumeReductionRatio.series(d("20"),
                List.of(d("8"), d("4"), d("6"), d("6.5")), SUCCESS, FACTOR);
        assertEquals(4, points.size());
        assertEquals(d("60.00"), points.get(0).vrrPct());
        assertTrue(points.get(0).success());
        assertFalse(points.get(0).regrowth());
        assertEquals(d("80.00"), points.get(1).vrrPct());
        assertFalse(points.get(2).regrowth());
        assertEquals(0, d("4").compareTo(points.get(2).smallestSoFarMl()));
        assertTrue(points.get(3).regrowth());
        assertTrue(points.get(3).success(), "VRR 67.5 % is still a success while regrowing");
    }

    @Test
    void firstMeasurementCannotBeRegrowth() {
        Point first = VolumeReductionRatio.series(d("10"), List.of(d("30")), SUCCESS, FACTOR).get(0);
        assertFalse(first.regrowth());
        assertEquals(d("-200.00"), first.vrrPct());
        assertFalse(first.success());
    }

    @Test
    void ellipsoidVolumeFromThreeDiametersInMm() {
        // pi/6 x 30 x 20 x 20 mm = 6283.19 mm3 = 6.28 mL
        assertEquals(d("6.28"), VolumeReductionRatio.ellipsoidVolumeMl(d("30"), d("20"), d("20")));
    }

    @Test
    void impossibleVolumesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> VolumeReductionRatio.percent(d("0"), d("1")));
        assertThrows(IllegalArgumentException.class, () -> VolumeReductionRatio.percent(d("10"), d("-1")));
        assertThrows(IllegalArgumentException.class,
                () -> VolumeReductionRatio.ellipsoidVolumeMl(d("0"), d("20"), d("20")));
    }

    /** OUT-14 through the evaluation: each post-ablation reading, success judged on the 6-month visit's reading only. */
    @Test
    void theEvaluationListsEveryReadingAndJudgesSuccessAtTheSixMonthVisit() {
        com.fasterxml.jackson.databind.node.ObjectNode doc = CaseDocuments.base("thyroid-benign");
        CaseDocuments.set(doc, "followUp.procedures[0]", java.util.Map.of("date", "2025-04-01", "tumorIds", List.of("N1")));
        CaseDocuments.set(doc, "followUp.imaging[0]", java.util.Map.of("date", "2025-05-01",
                "assessments", List.of(java.util.Map.of("tumorId", "N1", "volumeMl", 10.0))));
        CaseDocuments.set(doc, "followUp.imaging[1]", java.util.Map.of("date", "2025-10-01",
                "assessments", List.of(java.util.Map.of("tumorId", "N1", "volumeMl", 5.0))));
        CaseDocuments.set(doc, "followUp.imaging[2]", java.util.Map.of("date", "2026-04-01",
                "assessments", List.of(java.util.Map.of("tumorId", "N1", "volumeMl", 9.0))));

        List<VrrReading> vrr = new EligibilityService().evaluate(CaseDocuments.toDocument(doc)).vrr();

        assertEquals(List.of(
                new VrrReading("N1", java.time.LocalDate.parse("2025-05-01"), d("10.0"), d("31.03"), null, false),
                new VrrReading("N1", java.time.LocalDate.parse("2025-10-01"), d("5.0"), d("65.52"), true, false),
                new VrrReading("N1", java.time.LocalDate.parse("2026-04-01"), d("9.0"), d("37.93"), null, true)), vrr);
    }
}
