package org.ablationpath.referral;

/** Pathway stages of pathway.md section 3, with their STG codes. */
public enum CaseStage {
    REFERRAL("STG-01"),
    WORKUP("STG-02"),
    PRE_ASSESSMENT("STG-03"),
    MDT_REVIEW("STG-04"),
    PRE_PROCEDURE("STG-05"),
    PROCEDURE("STG-06"),
    POST_PROCEDURE("STG-07"),
    EARLY_FOLLOW_UP("STG-08"),
    RESPONSE_ASSESSMENT("STG-09"),
    SURVEILLANCE("STG-10"),
    MDT_REDISCUSSION("STG-11"),
    END_OF_FOLLOW_UP("STG-12"),
    OTHER_TREATMENT_TRACKING("STG-13");

    private final String code;

    CaseStage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
