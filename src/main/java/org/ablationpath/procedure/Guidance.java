package org.ablationpath.procedure;

/** Procedure.guidance of outcomes.md 4.9 (one or more per session). */
public enum Guidance {
    US,
    CEUS,
    CT,
    CT_FLUOROSCOPY,
    CBCT,
    MRI,
    FUSION,
    NAVIGATION_ROBOTIC
}
