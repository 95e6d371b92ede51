package org.ablationpath.outcomes;

/**
 * The ablation response of one tumour on one imaging study (outcomes.md 1.1). LI-RADS TR values map onto it when the
 * timeline is built: NONVIABLE is COMPLETE, VIABLE is RESIDUAL_VIABLE (read as LTP after an earlier COMPLETE).
 */
public enum AblationResponse {
    COMPLETE,
    RESIDUAL_VIABLE,
    EQUIVOCAL,
    LTP,
    NOT_EVALUABLE
}
