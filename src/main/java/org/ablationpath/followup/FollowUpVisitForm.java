package org.ablationpath.followup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;

/**
 * The "Follow-up visit" task (STG-10) for one grid visit. The visit date (the date of the contact attempt) must lie
 * inside the visit's window. {@code contactOutcome} NOT_REACHED records an unanswered call and needs a retry date
 * inside the window; the task then stays open. When reached (the default), {@code finding} is required,
 * {@code tumorId} for an LTP, pain NRS and analgesic change on the bone schedule; lesion results, lab panels with
 * tumour markers (canonical units, graded by the safety rules, not typed), symptoms of the organ's checklist and
 * adverse events are optional and saved with the visit in one transaction.
 */
@ReachedVisitComplete
public class FollowUpVisitForm {

    @NotNull
    private LocalDate visitDate;
    @NotNull
    private ContactType contactType;
    private ContactOutcome contactOutcome;
    private LocalDate retryDate;
    @Min(0)
    @Max(4)
    private Integer ecog;
    private VisitFinding finding;
    @Size(max = 20)
    private String tumorId;
    @Min(0)
    @Max(10)
    private Integer painNrs;
    private AnalgesicChange analgesicChange;
    @Size(max = 2000)
    private String note;
    private List<@Valid LesionResultEntry> lesions;
    private List<@Valid LabPanelEntry> labPanels;
    private List<String> symptoms;
    @Size(max = 1000)
    private String symptomNote;
    private List<@Valid VisitAdverseEventEntry> adverseEvents;

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

    public ContactOutcome getContactOutcome() {
        return contactOutcome;
    }

    public void setContactOutcome(ContactOutcome contactOutcome) {
        this.contactOutcome = contactOutcome;
    }

    public LocalDate getRetryDate() {
        return retryDate;
    }

    public void setRetryDate(LocalDate retryDate) {
        this.retryDate = retryDate;
    }

    public List<LesionResultEntry> getLesions() {
        return lesions;
    }

    public void setLesions(List<LesionResultEntry> lesions) {
        this.lesions = lesions;
    }

    public List<LabPanelEntry> getLabPanels() {
        return labPanels;
    }

    public void setLabPanels(List<LabPanelEntry> labPanels) {
        this.labPanels = labPanels;
    }

    public List<String> getSymptoms() {
        return symptoms;
    }

    public void setSymptoms(List<String> symptoms) {
        this.symptoms = symptoms;
    }

    public String getSymptomNote() {
        return symptomNote;
    }

    public void setSymptomNote(String symptomNote) {
        this.symptomNote = symptomNote;
    }

    public List<VisitAdverseEventEntry> getAdverseEvents() {
        return adverseEvents;
    }

    public void setAdverseEvents(List<VisitAdverseEventEntry> adverseEvents) {
        this.adverseEvents = adverseEvents;
    }
}
