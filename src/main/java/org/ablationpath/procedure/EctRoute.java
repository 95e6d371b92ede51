package org.ablationpath.procedure;

/** AblationApplication.ectRoute of outcomes.md 4.10. */
public enum EctRoute {
    INTRAVENOUS,
    INTRATUMOURAL
}
