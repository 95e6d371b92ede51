package org.ablationpath.safety;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form of the "Review the adverse event" task (the task's subject is the adverse event), the same for the screen
 * and {@code POST /api/tasks/{id}/complete}: worst grade (at least the grade at onset, a grade the term defines),
 * attribution, whether it is an expected side effect, outcome.
 */
public class AdverseEventReviewForm {

    @NotNull
    @Min(1)
    @Max(5)
    private Integer worstGrade;
    private Attribution attribution;
    private Boolean expectedSideEffect;
    @NotNull
    private AdverseEventOutcome outcome;
    @Size(max = 2000)
    private String note;

    public AdverseEventReviewForm() {
    }

    public AdverseEventReviewForm(Integer worstGrade, Attribution attribution, Boolean expectedSideEffect,
                                  AdverseEventOutcome outcome, String note) {
        this.worstGrade = worstGrade;
        this.attribution = attribution;
        this.expectedSideEffect = expectedSideEffect;
        this.outcome = outcome;
        this.note = note;
    }

    public Integer getWorstGrade() {
        return worstGrade;
    }

    public void setWorstGrade(Integer worstGrade) {
        this.worstGrade = worstGrade;
    }

    public Attribution getAttribution() {
        return attribution;
    }

    public void setAttribution(Attribution attribution) {
        this.attribution = attribution;
    }

    public Boolean getExpectedSideEffect() {
        return expectedSideEffect;
    }

    public void setExpectedSideEffect(Boolean expectedSideEffect) {
        this.expectedSideEffect = expectedSideEffect;
    }

    public AdverseEventOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AdverseEventOutcome outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
