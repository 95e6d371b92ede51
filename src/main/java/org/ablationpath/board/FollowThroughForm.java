package org.ablationpath.board;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ablationpath.platform.workflow.ConfiguredValues;

/**
 * The form of the "Confirm the decided treatment started" task (pathway.md STG-13, decision-implementation tracking),
 * the same for the screen and {@code POST /api/tasks/{id}/complete}. The start date is required when the treatment
 * started; a reason code (configured list {@code ablationpath.deviation-reasons}) when it did not, or when another
 * treatment than the decided one started. The treatment type defaults to the decided code.
 */
public class FollowThroughForm {

    @NotNull
    private Boolean treatmentStarted;
    private LocalDate startDate;
    private DecisionCode treatmentType;
    @Size(max = 60)
    @ConfiguredValues("ablationpath.deviation-reasons")
    private String reasonCode;
    @Size(max = 2000)
    private String note;

    public FollowThroughForm() {
    }

    public FollowThroughForm(Boolean treatmentStarted, LocalDate startDate, DecisionCode treatmentType, String reasonCode,
                             String note) {
        this.treatmentStarted = treatmentStarted;
        this.startDate = startDate;
        this.treatmentType = treatmentType;
        this.reasonCode = reasonCode;
        this.note = note;
    }

    public Boolean getTreatmentStarted() {
        return treatmentStarted;
    }

    public void setTreatmentStarted(Boolean treatmentStarted) {
        this.treatmentStarted = treatmentStarted;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public DecisionCode getTreatmentType() {
        return treatmentType;
    }

    public void setTreatmentType(DecisionCode treatmentType) {
        this.treatmentType = treatmentType;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
