package org.ablationpath.procedure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Observation and discharge after the latest session (STG-07); the length of stay is derived from the dates. */
public class PostProcedureDischargeForm {

    @NotNull
    private LocalDate dischargeDate;
    @NotNull
    private Boolean unplannedAdmission;
    @NotNull
    private Boolean prolongedStay;
    @Size(max = 2000)
    private String note;

    public LocalDate getDischargeDate() {
        return dischargeDate;
    }

    public void setDischargeDate(LocalDate dischargeDate) {
        this.dischargeDate = dischargeDate;
    }

    public Boolean getUnplannedAdmission() {
        return unplannedAdmission;
    }

    public void setUnplannedAdmission(Boolean unplannedAdmission) {
        this.unplannedAdmission = unplannedAdmission;
    }

    public Boolean getProlongedStay() {
        return prolongedStay;
    }

    public void setProlongedStay(Boolean prolongedStay) {
        this.prolongedStay = prolongedStay;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
