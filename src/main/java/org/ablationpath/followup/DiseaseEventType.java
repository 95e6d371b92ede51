package org.ablationpath.followup;

/** DiseaseEvent.type of outcomes.md 4.14. */
public enum DiseaseEventType {
    RESIDUAL_UNABLATED,
    LTP,
    INTRA_ORGAN_DISTANT,
    EXTRA_ORGAN,
    MARKER_ONLY
}
