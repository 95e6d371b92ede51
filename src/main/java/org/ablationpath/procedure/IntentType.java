package org.ablationpath.procedure;

/** Procedure.intentType of outcomes.md 4.9. */
public enum IntentType {
    INITIAL,
    PLANNED_ADDITIONAL_SESSION,
    RETREATMENT_RESIDUAL,
    RETREATMENT_LTP
}
