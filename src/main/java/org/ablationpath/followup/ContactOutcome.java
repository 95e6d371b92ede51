package org.ablationpath.followup;

/** Whether the patient was reached for the visit (issue 7); an unanswered call keeps the visit open with a retry date. */
public enum ContactOutcome {
    REACHED,
    NOT_REACHED
}
