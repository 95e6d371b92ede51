package org.ablationpath.imaging;

/**
 * TumorAssessment.response on the first response imaging (pathway.md STG-09): complete ablation, residual unablated
 * tumour, equivocal, or not evaluable. LTP is a surveillance finding, not a response category of this study.
 */
public enum TumorResponse {
    COMPLETE, RESIDUAL_VIABLE, EQUIVOCAL, NOT_EVALUABLE
}
