package org.ablationpath.followup;

/** Ablation response of a treated tumour on follow-up imaging (outcomes.md 1.1 and 4.11 TumorAssessment.response). */
public enum LesionResponse {
    COMPLETE,
    RESIDUAL_VIABLE,
    EQUIVOCAL,
    LTP,
    NOT_EVALUABLE
}
