package org.ablationpath.safety;

/** How likely the adverse event is caused by the procedure (outcomes.md 4.13). */
public enum Attribution {
    UNRELATED, UNLIKELY, POSSIBLE, PROBABLE, DEFINITE
}
