package org.ablationpath.procedure;

/** Anaesthesia of outcomes.md 4.9, also the plan of the pre-procedure checklist (STG-05). */
public enum Anaesthesia {
    LOCAL,
    LOCAL_SEDATION,
    DEEP_SEDATION,
    GENERAL,
    GENERAL_NMB
}
