package org.ablationpath.followup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The "Follow-up visit" task (STG-10) for one grid visit. The visit date must lie inside the visit's window;
 * {@code tumorId} is required for an LTP; pain NRS and analgesic change belong to the bone schedule.
 */
public class FollowUpVisitForm {

    @NotNull
    private LocalDate visitDate;
    @NotNull
    private ContactType contactType;
    @Min(0)
    @Max(4)
    private Integer ecog;
    @NotNull
    private VisitFinding finding;
    @Size(max = 20)
    private String tumorId;
    @Min(0)
    @Max(10)
    private Integer painNrs;
    private AnalgesicChange analgesicChange;
    @Size(max = 2000)
    private String note;

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public ContactType getContactType() {
        return contactType;
    }

    public void setContactType(ContactType contactType) {
        this.contactType = contactType;
    }

    public Integer getEcog() {
        return ecog;
    }

    public void setEcog(Integer ecog) {
        this.ecog = ecog;
    }

    public VisitFinding getFinding() {
        return finding;
    }

    public void setFinding(VisitFinding finding) {
        this.finding = finding;
    }

    public String getTumorId() {
        return tumorId;
    }

    public void setTumorId(String tumorId) {
        this.tumorId = tumorId;
    }

    public Integer getPainNrs() {
        return painNrs;
    }

    public void setPainNrs(Integer painNrs) {
        this.painNrs = painNrs;
    }

    public AnalgesicChange getAnalgesicChange() {
        return analgesicChange;
    }

    public void setAnalgesicChange(AnalgesicChange analgesicChange) {
        this.analgesicChange = analgesicChange;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
