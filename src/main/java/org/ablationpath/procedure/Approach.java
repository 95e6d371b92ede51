package org.ablationpath.procedure;

/** Procedure.approach of outcomes.md 4.9. */
public enum Approach {
    PERCUTANEOUS,
    LAPAROSCOPIC,
    OPEN,
    ENDOSCOPIC
}
