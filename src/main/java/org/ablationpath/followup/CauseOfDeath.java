package org.ablationpath.followup;

/** VitalStatus.causeOfDeath of outcomes.md 4.14. */
public enum CauseOfDeath {
    TUMOUR_PROGRESSION,
    TREATMENT_RELATED,
    LIVER_FAILURE_NON_TUMOUR,
    OTHER,
    UNKNOWN
}
