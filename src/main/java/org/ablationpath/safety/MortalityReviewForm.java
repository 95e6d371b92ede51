package org.ablationpath.safety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The "Morbidity and mortality review" task (TMR-11, safety.md ALR-01), the same for the screen and
 * {@code POST /api/tasks/{id}/complete}: when the review was held, whether the death was procedure-related (the
 * registry's {@code procedureRelatedDeath}, outcomes.md OUT-12), what was discussed and the actions agreed.
 */
public class MortalityReviewForm {

    public static final int SUMMARY_MAX = 4000;
    public static final int ACTIONS_MAX = 2000;

    @NotNull
    private LocalDate reviewDate;
    @NotNull
    private Boolean procedureRelated;
    @NotBlank
    @Size(max = SUMMARY_MAX)
    private String summary;
    @Size(max = ACTIONS_MAX)
    private String actions;

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public Boolean getProcedureRelated() {
        return procedureRelated;
    }

    public void setProcedureRelated(Boolean procedureRelated) {
        this.procedureRelated = procedureRelated;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }
}
