package org.ablationpath.eligibility.internal;

import org.ablationpath.eligibility.ModalityResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.ablationpath.eligibility.internal.ModalityAdvice.Kind.ACCEPTABLE;
import static org.ablationpath.eligibility.internal.ModalityAdvice.Kind.CONTRAINDICATED;
import static org.ablationpath.eligibility.internal.ModalityAdvice.Kind.DISCOURAGED;
import static org.ablationpath.eligibility.internal.ModalityAdvice.Kind.MOVE_TO_ACCEPTABLE;
import static org.ablationpath.eligibility.internal.ModalityAdvice.Kind.MOVE_TO_DISCOURAGED;
import static org.ablationpath.eligibility.internal.ModalityAdvice.Kind.NOTE;
import static org.ablationpath.eligibility.internal.ModalityAdvice.Kind.PREFERRED;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Catalogue section 15 aggregation and the ordering of decision suggestions. */
class AdviceAggregatorTest {

    private static ModalityAdvice advice(String rule, String tumor, ModalityAdvice.Kind kind, String... modalities) {
        return new ModalityAdvice(rule, tumor, kind, List.of(modalities), null);
    }

    @Test
    void bestListWinsPerTumourAndAcrossTumours() {
        ModalityResult r = AdviceAggregator.modality(List.of(
                advice("MOD-01", "T1", PREFERRED, "RFA", "MWA"),
                advice("MOD-02", "T2", PREFERRED, "MWA"),
                advice("MOD-02", "T2", ACCEPTABLE, "RFA", "CRYO"),
                advice("X", "T2", DISCOURAGED, "CRYO", "LASER")));
        assertEquals(List.of("CRYO", "RFA"), r.perTumor().get("T2").acceptable());
        assertEquals(List.of("LASER"), r.perTumor().get("T2").discouraged());
        assertEquals(List.of("MWA", "RFA"), r.preferred());
        assertEquals(List.of("CRYO"), r.acceptable());
        assertEquals(List.of("LASER"), r.discouraged());
    }

    @Test
    void demotionsCapListedModalitiesOnlyAndTheWorstWins() {
        ModalityResult r = AdviceAggregator.modality(List.of(
                advice("MOD-01", "T1", PREFERRED, "RFA", "MWA"),
                advice("MOD-03", "T1", MOVE_TO_DISCOURAGED, "RFA"),
                advice("MOD-04", "T1", MOVE_TO_ACCEPTABLE, "RFA", "MWA"),
                advice("MOD-05", "T1", MOVE_TO_ACCEPTABLE, "CRYO")));
        ModalityResult t1 = r.perTumor().get("T1");
        assertEquals(List.of(), t1.preferred());
        assertEquals(List.of("MWA"), t1.acceptable());
        assertEquals(List.of("RFA"), t1.discouraged());
    }

    @Test
    void contraindicatedAlwaysWinsAndAPatientContraindicationReachesEveryTumour() {
        ModalityResult r = AdviceAggregator.modality(List.of(
                advice("MOD-04", "T1", PREFERRED, "IRE"),
                advice("MOD-01", "T2", PREFERRED, "RFA"),
                advice("GEN-09", "T2", CONTRAINDICATED, "RFA"),
                advice("GEN-09", null, CONTRAINDICATED, "IRE"),
                new ModalityAdvice("MOD-04", "T1", NOTE, List.of(), "IRE evidence limited (phase II)")));
        assertEquals(List.of("IRE"), r.perTumor().get("T1").contraindicated());
        assertEquals(List.of("IRE", "RFA"), r.perTumor().get("T2").contraindicated());
        assertEquals(List.of(), r.preferred());
        assertEquals(List.of("IRE", "RFA"), r.contraindicated());
        assertEquals(List.of("IRE evidence limited (phase II)"), r.notes());
    }

    @Test
    void onlyAContraindicationWithoutOtherAdvice() {
        ModalityResult r = AdviceAggregator.modality(List.of(advice("GEN-09", null, CONTRAINDICATED, "IRE")));
        assertEquals(List.of("IRE"), r.contraindicated());
        assertEquals(List.of(), r.preferred());
        assertEquals(0, r.perTumor().size());
    }

    @Test
    void decisionsAreDistinctAndOrderedByRuleThenWithinTheRule() {
        List<String> codes = AdviceAggregator.decisions(List.of(
                new DecisionSuggestion("MOD-02", List.of("TACE_PLUS_ABLATION")),
                new DecisionSuggestion("LIV-HCC-05", List.of("TRANSPLANT_EVALUATION")),
                new DecisionSuggestion("DEC-02", List.of("RESECTION", "TRANSPLANT_EVALUATION", "ABLATION"))));
        assertEquals(List.of("RESECTION", "TRANSPLANT_EVALUATION", "ABLATION", "TACE_PLUS_ABLATION"), codes);
    }
}
