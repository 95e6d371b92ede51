package org.ablationpath.followup;

/**
 * Why a row is on the nurse worklist, most urgent first: a missed visit whose reason is not yet recorded (FUP-04), a
 * visit past its target with the window still open, a visit due within seven days, a visit whose window is open,
 * and a post-procedure day-7 call (TMR-09).
 */
public enum WorklistCategory {
    MISSED,
    OVERDUE,
    DUE_THIS_WEEK,
    IN_WINDOW,
    DAY7_CALL
}
