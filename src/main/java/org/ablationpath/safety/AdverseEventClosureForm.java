package org.ablationpath.safety;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * "Close the 30-day adverse-event record" (TMR-10, form key {@code adverse-event-closure}): the nurse confirms that
 * every adverse event with onset from the session to day 30 is recorded and graded; an optional note.
 */
public class AdverseEventClosureForm {

    @NotNull
    @AssertTrue(message = "Confirm that every adverse event up to day 30 is recorded and graded.")
    private Boolean confirmed;
    @Size(max = 2000)
    private String note;

    public AdverseEventClosureForm() {
    }

    public AdverseEventClosureForm(Boolean confirmed, String note) {
        this.confirmed = confirmed;
        this.note = note;
    }

    public Boolean getConfirmed() {
        return confirmed;
    }

    public void setConfirmed(Boolean confirmed) {
        this.confirmed = confirmed;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
