package org.ablationpath.board;

/** Treatment intent of a board decision (pathway.md STG-04). */
public enum Intent {
    CURATIVE, PALLIATIVE, BRIDGE_TO_TRANSPLANT, DOWNSTAGING, SYMPTOM_CONTROL
}
