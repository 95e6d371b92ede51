package org.ablationpath.pathway;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ablationpath.platform.workflow.ConfiguredValues;

/** The coded reason for a deviation (form key {@code deviation-reason}, and the case page). */
public class DeviationReasonForm {

    @NotBlank
    @ConfiguredValues(PathwayDeviations.REASONS_PROPERTY)
    private String reasonCode;
    @Size(max = 2000)
    private String note;

    public DeviationReasonForm() {
    }

    public DeviationReasonForm(String reasonCode, String note) {
        this.reasonCode = reasonCode;
        this.note = note;
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
