package org.ablationpath.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The form of the "Review at tumor board" task, the same for the screen and {@code POST /api/tasks/{id}/complete}. */
public class BoardDecisionForm {

    @NotNull
    private DecisionCode decisionCode;
    @NotNull
    private Intent intent;
    @NotBlank
    @Size(max = 4000)
    private String rationale;
    @Size(max = 2000)
    private String overrideReason;
    /**
     * pathway.md STG-04, optional pre-authorisation: residual tumour at the first response imaging may be re-ablated
     * once without a new discussion. Only with an ablative decision.
     */
    private Boolean reAblationPreAuthorised;

    public BoardDecisionForm() {
    }

    public BoardDecisionForm(DecisionCode decisionCode, Intent intent, String rationale, String overrideReason) {
        this.decisionCode = decisionCode;
        this.intent = intent;
        this.rationale = rationale;
        this.overrideReason = overrideReason;
    }

    public DecisionCode getDecisionCode() {
        return decisionCode;
    }

    public void setDecisionCode(DecisionCode decisionCode) {
        this.decisionCode = decisionCode;
    }

    public Intent getIntent() {
        return intent;
    }

    public void setIntent(Intent intent) {
        this.intent = intent;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public Boolean getReAblationPreAuthorised() {
        return reAblationPreAuthorised;
    }

    public void setReAblationPreAuthorised(Boolean reAblationPreAuthorised) {
        this.reAblationPreAuthorised = reAblationPreAuthorised;
    }
}
