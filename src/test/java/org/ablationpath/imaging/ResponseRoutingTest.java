package org.ablationpath.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.ablationpath.imaging.ResponseRouting.AssessedTumor;
import org.junit.jupiter.api.Test;

/** Every branch of the STG-09 gateway in its order of urgency, and the margin boundary. */
class ResponseRoutingTest {

    private static final BigDecimal TARGET = new BigDecimal("5");

    private static AssessedTumor tumor(TumorResponse response) {
        return new AssessedTumor(response, null, null);
    }

    private static AssessedTumor withMargin(TumorResponse response, String marginMm, BigDecimal targetMm) {
        return new AssessedTumor(response, new BigDecimal(marginMm), targetMm);
    }

    @Test
    void allTumoursCompleteWithMarginsAtOrAboveTargetIsComplete() {
        assertThat(ResponseRouting.finding(false, false, List.of(
                withMargin(TumorResponse.COMPLETE, "7.5", TARGET), tumor(TumorResponse.COMPLETE))))
                .isEqualTo(ResponseFinding.COMPLETE);
    }

    @Test
    void aNewTumourInTheOrganOrDiseaseOutsideItIsNewDiseaseBeforeEverythingElse() {
        List<AssessedTumor> residualAndNarrow = List.of(tumor(TumorResponse.RESIDUAL_VIABLE),
                withMargin(TumorResponse.EQUIVOCAL, "1.0", TARGET));

        assertThat(ResponseRouting.finding(true, false, residualAndNarrow)).isEqualTo(ResponseFinding.NEW_DISEASE);
        assertThat(ResponseRouting.finding(false, true, residualAndNarrow)).isEqualTo(ResponseFinding.NEW_DISEASE);
        assertThat(ResponseRouting.finding(true, true, List.of(tumor(TumorResponse.COMPLETE)))).isEqualTo(ResponseFinding.NEW_DISEASE);
    }

    @Test
    void anyResidualTumourIsResidualBeforeAMarginOrAnEquivocalTumour() {
        assertThat(ResponseRouting.finding(false, false, List.of(withMargin(TumorResponse.COMPLETE, "2.0", TARGET),
                tumor(TumorResponse.NOT_EVALUABLE), tumor(TumorResponse.RESIDUAL_VIABLE))))
                .isEqualTo(ResponseFinding.RESIDUAL);
    }

    @Test
    void aMeasuredMarginBelowItsTargetComesBeforeAnEquivocalTumour() {
        assertThat(ResponseRouting.finding(false, false, List.of(tumor(TumorResponse.EQUIVOCAL),
                withMargin(TumorResponse.COMPLETE, "4.9", TARGET))))
                .isEqualTo(ResponseFinding.MARGIN_BELOW_TARGET);
    }

    @Test
    void aMarginExactlyAtTheTargetMeetsIt() {
        assertThat(ResponseRouting.finding(false, false, List.of(withMargin(TumorResponse.COMPLETE, "5.0", TARGET))))
                .isEqualTo(ResponseFinding.COMPLETE);
        assertThat(ResponseRouting.belowTarget(new BigDecimal("5.0"), TARGET)).isFalse();
        assertThat(ResponseRouting.belowTarget(new BigDecimal("4.9"), TARGET)).isTrue();
    }

    @Test
    void noMarginRuleWithoutAPublishedTargetOrWithoutAMeasuredMargin() {
        assertThat(ResponseRouting.finding(false, false, List.of(withMargin(TumorResponse.COMPLETE, "0.5", null),
                new AssessedTumor(TumorResponse.COMPLETE, null, TARGET))))
                .isEqualTo(ResponseFinding.COMPLETE);
        assertThat(ResponseRouting.belowTarget(null, TARGET)).isFalse();
        assertThat(ResponseRouting.belowTarget(BigDecimal.ZERO, null)).isFalse();
    }

    @Test
    void anEquivocalOrNotEvaluableTumourIsEquivocal() {
        assertThat(ResponseRouting.finding(false, false, List.of(tumor(TumorResponse.COMPLETE), tumor(TumorResponse.EQUIVOCAL))))
                .isEqualTo(ResponseFinding.EQUIVOCAL);
        assertThat(ResponseRouting.finding(false, false, List.of(tumor(TumorResponse.NOT_EVALUABLE), tumor(TumorResponse.COMPLETE))))
                .isEqualTo(ResponseFinding.EQUIVOCAL);
    }
}
