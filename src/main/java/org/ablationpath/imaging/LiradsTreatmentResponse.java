package org.ablationpath.imaging;

/** LI-RADS treatment response category (LR-TR), TumorAssessment.liradsTr of outcomes.md 4.11: HCC only. */
public enum LiradsTreatmentResponse {
    NONVIABLE, EQUIVOCAL, VIABLE, NONEVALUABLE;

    /**
     * The LR-TR category that says the same as a response category (pathway.md STG-09: "COMPLETE (no residual
     * enhancement / LR-TR nonviable)"; outcomes.md OUT-02), so an HCC assessment cannot contradict itself.
     */
    public static LiradsTreatmentResponse matching(TumorResponse response) {
        return switch (response) {
            case COMPLETE -> NONVIABLE;
            case RESIDUAL_VIABLE -> VIABLE;
            case EQUIVOCAL -> EQUIVOCAL;
            case NOT_EVALUABLE -> NONEVALUABLE;
        };
    }
}
