package org.ablationpath.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ablationpath.outcomes.KaplanMeier.Curve;
import org.ablationpath.outcomes.KaplanMeier.Observation;
import org.ablationpath.outcomes.KaplanMeier.Step;
import org.junit.jupiter.api.Test;

/**
 * A hand-computed example: 7 subjects, events at days 2, 4, 4, 7, censored at 3, 6, 9.
 * S(2) = 6/7; S(4) = 6/7 x 3/5 = 18/35; S(7) = 18/35 x 1/2 = 9/35.
 * Greenwood sums: 1/(7x6); + 2/(5x3); + 1/(2x1). At day 4: SE = S x sqrt(0.157143) = 0.203869;
 * log-log interval: S^exp(+-1.96 x sqrt(0.157143)/|ln S|) = 0.117760 to 0.813249.
 */
class KaplanMeierTest {

    private static final double EPS = 1e-5;

    private final Curve curve = KaplanMeier.estimate(List.of(
            new Observation(4, true), new Observation(2, true), new Observation(3, false), new Observation(4, true),
            new Observation(6, false), new Observation(7, true), new Observation(9, false)));

    @Test
    void productLimitSteps() {
        assertThat(curve.steps()).extracting(Step::days).containsExactly(2L, 4L, 7L);
        assertThat(curve.steps()).extracting(Step::atRisk).containsExactly(7, 5, 2);
        assertThat(curve.steps()).extracting(Step::events).containsExactly(1, 2, 1);
        assertThat(curve.steps().get(0).survival()).isCloseTo(6.0 / 7, within(EPS));
        assertThat(curve.steps().get(1).survival()).isCloseTo(18.0 / 35, within(EPS));
        assertThat(curve.steps().get(2).survival()).isCloseTo(9.0 / 35, within(EPS));
        assertThat(curve.events()).isEqualTo(4);
        assertThat(curve.subjects()).isEqualTo(7);
    }

    @Test
    void greenwoodStandardErrorAndLogLogInterval() {
        Step day4 = curve.steps().get(1);
        assertThat(day4.standardError()).isCloseTo(0.203869, within(EPS));
        assertThat(day4.lower()).isCloseTo(0.117760, within(EPS));
        assertThat(day4.upper()).isCloseTo(0.813249, within(EPS));
        Step day2 = curve.steps().get(0);
        assertThat(day2.standardError()).isCloseTo(0.132260, within(EPS));
        assertThat(day2.lower()).isCloseTo(0.334054, within(EPS));
        assertThat(day2.upper()).isCloseTo(0.978561, within(EPS));
    }

    @Test
    void survivalAtAnyTimeNumbersAtRiskAndMedian() {
        assertThat(curve.survivalAt(1)).isEqualTo(1.0);
        assertThat(curve.survivalAt(5)).isCloseTo(18.0 / 35, within(EPS));
        assertThat(curve.atRisk(0)).isEqualTo(7);
        assertThat(curve.atRisk(3)).isEqualTo(6);
        assertThat(curve.atRisk(4)).isEqualTo(5);
        assertThat(curve.atRisk(5)).isEqualTo(3);
        assertThat(curve.atRisk(10)).isZero();
        assertThat(curve.median()).isEqualTo(7L);
    }

    @Test
    void allCensoredStaysAtOneAndLastEventAtRiskOneDropsToZero() {
        assertThat(KaplanMeier.estimate(List.of(new Observation(5, false))).steps()).isEmpty();
        Curve toZero = KaplanMeier.estimate(List.of(new Observation(5, true)));
        assertThat(toZero.survivalAt(5)).isZero();
        assertThat(toZero.median()).isEqualTo(5L);
    }
}
