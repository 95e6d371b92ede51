package org.ablationpath.followup;

/**
 * The ends of follow-up the operator may choose for an indication without a published schedule (pathway.md section 8).
 * Never END-04: no organ schedule was reached. Death, withdrawal and loss to follow-up have their own reports.
 */
public enum NoScheduleEndReason {
    /** END-05: followed elsewhere, e.g. by oncology or the referring service. */
    TRANSFERRED(EndReason.TRANSFERRED),
    /** END-07: best supportive care, imaging schedule stopped. */
    PALLIATIVE_ONLY(EndReason.PALLIATIVE_ONLY);

    private final EndReason endReason;

    NoScheduleEndReason(EndReason endReason) {
        this.endReason = endReason;
    }

    public EndReason endReason() {
        return endReason;
    }
}
