package org.ablationpath.procedure;

/** Procedure.setting of outcomes.md 4.9. */
public enum ProcedureSetting {
    DAY_CASE,
    OVERNIGHT,
    INPATIENT
}
