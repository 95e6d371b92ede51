package org.ablationpath.board;

/**
 * Why a case is on the agenda. The pathway does not tell a post-treatment review from a recurrence (both are STG-11
 * rediscussions, with the event history shown): they share {@code REDISCUSSION}.
 */
public enum ReviewKind {
    /** First review after referral (STG-04). */
    NEW_REFERRAL,
    /** Back at the board after an earlier decision (work-up completed, deferral corrected, pre-procedure return). */
    RE_PRESENTATION,
    /** STG-11: residual tumour, LTP, new tumour or progression after treatment. */
    REDISCUSSION
}
