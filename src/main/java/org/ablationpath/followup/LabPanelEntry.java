package org.ablationpath.followup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** Lab values and tumour markers of one sample date, stored as a FOLLOW_UP lab panel; the safety rules grade it. */
public class LabPanelEntry {

    @NotNull
    private LocalDate collectedDate;
    @NotEmpty
    private List<@Valid LabValueEntry> values;

    public LabPanelEntry() {
    }

    public LocalDate getCollectedDate() {
        return collectedDate;
    }

    public void setCollectedDate(LocalDate collectedDate) {
        this.collectedDate = collectedDate;
    }

    public List<@Valid LabValueEntry> getValues() {
        return values;
    }

    public void setValues(List<@Valid LabValueEntry> values) {
        this.values = values;
    }
}
