package org.ablationpath.procedure;

/** AblationApplication.ectDrug of outcomes.md 4.10. */
public enum EctDrug {
    BLEOMYCIN,
    CISPLATIN
}
