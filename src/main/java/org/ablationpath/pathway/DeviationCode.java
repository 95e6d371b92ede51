package org.ablationpath.pathway;

/** Deviations from the path the pathway records, with the timer of pathway.md 7.1 each one breaches. */
public enum DeviationCode {
    /** TMR-01: referral registered, completeness check not done in time. */
    WORKUP_OVERDUE("TMR-01"),
    /** TMR-02 (first review) or TMR-05 (rediscussion): the board has not discussed the case by its target date. */
    BOARD_REVIEW_OVERDUE("TMR-02"),
    /** TMR-03: the decided treatment has not happened within its limit. */
    TREATMENT_OVERDUE("TMR-03"),
    /** TMR-04: referral to first treatment. */
    FIRST_TREATMENT_OVERDUE("TMR-04"),
    /** TMR-12: the response window closed without imaging (ALR-11). */
    RESPONSE_IMAGING_MISSED("TMR-12"),
    /** TMR-13: a follow-up window closed without a visit (ALR-10). */
    VISIT_MISSED("TMR-13"),
    /** TMR-14: the procedure form (the session's record) is not complete within its limit after the planned session. */
    PROCEDURE_FORM_OVERDUE("TMR-14"),
    /** TMR-11: no morbidity and mortality review within its limit after ALR-01. */
    MORTALITY_REVIEW_OVERDUE("TMR-11"),
    /** TMR-10: the 30-day adverse-event closure of a session was not done by day 30 plus the grace. */
    AE_CLOSURE_OVERDUE("TMR-10");

    private final String timer;

    DeviationCode(String timer) {
        this.timer = timer;
    }

    public String timer() {
        return timer;
    }
}
