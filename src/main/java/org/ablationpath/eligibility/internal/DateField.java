package org.ablationpath.eligibility.internal;

/** A date input: {@code valid=false} when the text is not a real ISO calendar date (VAL-05). */
public final class DateField {
    private final String path;
    private final String raw;
    private final boolean valid;
    private final long epochDay;

    public DateField(String path, String raw, boolean valid, long epochDay) {
        this.path = path;
        this.raw = raw;
        this.valid = valid;
        this.epochDay = epochDay;
    }

    public String getPath() { return path; }
    public String getRaw() { return raw; }
    public boolean isValid() { return valid; }
    /** Days since 1970-01-01; meaningless when not valid. */
    public long getEpochDay() { return epochDay; }

    @Override
    public String toString() { return path + "=" + raw; }
}
