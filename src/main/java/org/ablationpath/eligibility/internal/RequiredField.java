package org.ablationpath.eligibility.internal;

/** Inserted by the VAL-01 requirement rules: this path must carry a value for the case to be evaluable. */
public final class RequiredField {
    private final String path;
    private final String tumorId;

    public RequiredField(String path, String tumorId) {
        this.path = path;
        this.tumorId = tumorId;
    }

    public RequiredField(String path) {
        this(path, null);
    }

    public String getPath() { return path; }
    public String getTumorId() { return tumorId; }

    @Override
    public String toString() { return "required " + path; }
}
