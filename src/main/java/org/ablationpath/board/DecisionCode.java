package org.ablationpath.board;

import org.ablationpath.referral.CaseStage;

/** MDT decision codes and the stage each leads to (pathway.md section 6). */
public enum DecisionCode {
    ABLATION(true, CaseStage.PRE_PROCEDURE),
    RE_ABLATION(true, CaseStage.PRE_PROCEDURE),
    TACE_PLUS_ABLATION(true, CaseStage.PRE_PROCEDURE),
    COMBINATION(true, CaseStage.PRE_PROCEDURE),
    RESECTION(false, CaseStage.OTHER_TREATMENT_TRACKING),
    SURGERY(false, CaseStage.OTHER_TREATMENT_TRACKING),
    SURGERY_PARTIAL_NEPHRECTOMY(false, CaseStage.OTHER_TREATMENT_TRACKING),
    TRANSPLANT_EVALUATION(false, CaseStage.OTHER_TREATMENT_TRACKING),
    SBRT(false, CaseStage.OTHER_TREATMENT_TRACKING),
    RADIOTHERAPY(false, CaseStage.OTHER_TREATMENT_TRACKING),
    TACE(false, CaseStage.OTHER_TREATMENT_TRACKING),
    TARE(false, CaseStage.OTHER_TREATMENT_TRACKING),
    SYSTEMIC(false, CaseStage.OTHER_TREATMENT_TRACKING),
    /** STG-05 when the trial treatment is an ablation (the decision says so), else tracked as another treatment. */
    CLINICAL_TRIAL(false, CaseStage.OTHER_TREATMENT_TRACKING),
    ACTIVE_SURVEILLANCE(false, CaseStage.OTHER_TREATMENT_TRACKING),
    OBSERVATION(false, CaseStage.OTHER_TREATMENT_TRACKING),
    BSC(false, CaseStage.OTHER_TREATMENT_TRACKING),
    FURTHER_WORKUP(false, CaseStage.WORKUP),
    DEFER(false, CaseStage.WORKUP);

    private final boolean ablative;
    private final CaseStage nextStage;

    DecisionCode(boolean ablative, CaseStage nextStage) {
        this.ablative = ablative;
        this.nextStage = nextStage;
    }

    /** True when the decision includes an image-guided ablation. */
    public boolean ablative() {
        return ablative;
    }

    public CaseStage nextStage() {
        return nextStage;
    }

    /**
     * pathway.md section 6: a clinical trial whose treatment is an ablation is an ablative decision (STG-05); the
     * other codes do not depend on it.
     */
    public boolean ablative(Boolean trialArmAblation) {
        return ablative || (this == CLINICAL_TRIAL && Boolean.TRUE.equals(trialArmAblation));
    }

    /** The stage the decision leads to, with the trial's arm for {@link #CLINICAL_TRIAL}. */
    public CaseStage nextStage(Boolean trialArmAblation) {
        return this == CLINICAL_TRIAL && Boolean.TRUE.equals(trialArmAblation) ? CaseStage.PRE_PROCEDURE : nextStage;
    }
}
