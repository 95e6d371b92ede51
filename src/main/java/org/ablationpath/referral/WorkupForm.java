package org.ablationpath.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ablationpath.eligibility.CaseDocument;

/**
 * The form of the "Complete the work-up" task (pathway.md STG-02), the same for the screen and
 * {@code POST /api/tasks/{id}/complete}: the whole case document as it stands after the work-up (the JSON of a
 * referral's case document) and an optional note saying what changed or why.
 */
public class WorkupForm {

    @NotNull
    private CaseDocument document;
    @Size(max = 2000)
    private String note;

    public WorkupForm() {
    }

    public WorkupForm(CaseDocument document, String note) {
        this.document = document;
        this.note = note;
    }

    public CaseDocument getDocument() {
        return document;
    }

    public void setDocument(CaseDocument document) {
        this.document = document;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
