package org.ablationpath.followup;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The yearly "Vital status" task (STG-13): death date and cause are required when the patient died, and only then. */
public class VitalStatusCheckForm {

    @NotNull
    private VitalStatus status;
    @NotNull
    private LocalDate lastContactDate;
    private LocalDate deathDate;
    private CauseOfDeath causeOfDeath;

    public VitalStatus getStatus() {
        return status;
    }

    public void setStatus(VitalStatus status) {
        this.status = status;
    }

    public LocalDate getLastContactDate() {
        return lastContactDate;
    }

    public void setLastContactDate(LocalDate lastContactDate) {
        this.lastContactDate = lastContactDate;
    }

    public LocalDate getDeathDate() {
        return deathDate;
    }

    public void setDeathDate(LocalDate deathDate) {
        this.deathDate = deathDate;
    }

    public CauseOfDeath getCauseOfDeath() {
        return causeOfDeath;
    }

    public void setCauseOfDeath(CauseOfDeath causeOfDeath) {
        this.causeOfDeath = causeOfDeath;
    }
}
