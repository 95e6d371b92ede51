package org.ablationpath.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

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
    /** The tumours (tumour keys) the ablative decision treats (outcomes.md 4.8 tumorPlans); empty when not given. */
    private List<@Size(max = 40) String> targetLesions;
    /** The planned ablation modality; only with an ablative decision. */
    private PlannedModality plannedModality;
    /**
     * pathway.md section 6: with CLINICAL_TRIAL (required there, only there), whether the trial treatment is an
     * ablation: then the case goes to the procedure (STG-05), else it is tracked as another treatment (STG-13).
     */
    private Boolean trialArmAblation;
    /**
     * The meeting the decision is taken in: then the case must be on its agenda and the meeting quorate for the case
     * (pathway.md 6.1) or the chair must have recorded an exception; the attendance is stored with the decision.
     */
    private UUID meetingId;

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

    public List<String> getTargetLesions() {
        return targetLesions;
    }

    public void setTargetLesions(List<String> targetLesions) {
        this.targetLesions = targetLesions;
    }

    public PlannedModality getPlannedModality() {
        return plannedModality;
    }

    public void setPlannedModality(PlannedModality plannedModality) {
        this.plannedModality = plannedModality;
    }

    public Boolean getTrialArmAblation() {
        return trialArmAblation;
    }

    public void setTrialArmAblation(Boolean trialArmAblation) {
        this.trialArmAblation = trialArmAblation;
    }

    public UUID getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(UUID meetingId) {
        this.meetingId = meetingId;
    }
}
