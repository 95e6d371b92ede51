package org.ablationpath.followup;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The "Day-7 phone call" task (STG-08, TMR-09), the same for the screen and {@code POST /api/tasks/{id}/complete}.
 * The structured answers are required when the patient was reached, and only then.
 */
public class DaySevenCallForm {

    @NotNull
    private LocalDate callDate;
    @NotNull
    private Boolean reached;
    private Boolean fever;
    private Boolean pain;
    private Boolean jaundice;
    private Boolean woundProblem;
    private Boolean urinaryProblem;
    private Boolean breathlessness;
    private Boolean newMedication;
    private Boolean unplannedVisit;
    @Size(max = 2000)
    private String note;

    public LocalDate getCallDate() {
        return callDate;
    }

    public void setCallDate(LocalDate callDate) {
        this.callDate = callDate;
    }

    public Boolean getReached() {
        return reached;
    }

    public void setReached(Boolean reached) {
        this.reached = reached;
    }

    public Boolean getFever() {
        return fever;
    }

    public void setFever(Boolean fever) {
        this.fever = fever;
    }

    public Boolean getPain() {
        return pain;
    }

    public void setPain(Boolean pain) {
        this.pain = pain;
    }

    public Boolean getJaundice() {
        return jaundice;
    }

    public void setJaundice(Boolean jaundice) {
        this.jaundice = jaundice;
    }

    public Boolean getWoundProblem() {
        return woundProblem;
    }

    public void setWoundProblem(Boolean woundProblem) {
        this.woundProblem = woundProblem;
    }

    public Boolean getUrinaryProblem() {
        return urinaryProblem;
    }

    public void setUrinaryProblem(Boolean urinaryProblem) {
        this.urinaryProblem = urinaryProblem;
    }

    public Boolean getBreathlessness() {
        return breathlessness;
    }

    public void setBreathlessness(Boolean breathlessness) {
        this.breathlessness = breathlessness;
    }

    public Boolean getNewMedication() {
        return newMedication;
    }

    public void setNewMedication(Boolean newMedication) {
        this.newMedication = newMedication;
    }

    public Boolean getUnplannedVisit() {
        return unplannedVisit;
    }

    public void setUnplannedVisit(Boolean unplannedVisit) {
        this.unplannedVisit = unplannedVisit;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
