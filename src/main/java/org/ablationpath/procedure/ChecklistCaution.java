package org.ablationpath.procedure;

/**
 * A CAUTION on the checklist, shown but not blocking: the timer rule (e.g. TMR-08), the interval found in days and
 * the limit in force when the checklist was submitted.
 */
public record ChecklistCaution(String rule, long days, long limitDays) {

    /** TMR-08: last chemotherapy or immunotherapy dose fewer than the washout days before the planned date. */
    public static final String CHEMOTHERAPY_WASHOUT = "TMR-08";
}
