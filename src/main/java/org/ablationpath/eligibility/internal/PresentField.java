package org.ablationpath.eligibility.internal;

/** Marks an input path that carries a (non-null) value; VAL-01 reports required paths without one. */
public final class PresentField {
    private final String path;

    public PresentField(String path) {
        this.path = path;
    }

    public String getPath() { return path; }

    @Override
    public String toString() { return "present " + path; }
}
