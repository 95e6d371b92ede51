package org.ablationpath.procedure;

/** AblationApplication.ectDoseUnit of outcomes.md 4.10 (international units or milligrams). */
public enum EctDoseUnit {
    IU,
    MG
}
