package org.ablationpath.followup;

/** End-of-follow-up reasons of pathway.md section 8. */
public enum EndReason {
    DEATH("END-01"),
    WITHDRAWAL("END-02"),
    LOST_TO_FOLLOW_UP("END-03"),
    SCHEDULE_COMPLETED("END-04"),
    TRANSFERRED("END-05"),
    NON_ABLATION_PATHWAY("END-06"),
    PALLIATIVE_ONLY("END-07");

    private final String code;

    EndReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
