package org.ablationpath.eligibility.internal;

/** An enum-valued input as given; whether the value is known is decided by the validation rules. */
public final class EnumField {
    private final String path;
    private final String name;
    private final String value;

    public EnumField(String path, String name, String value) {
        this.path = path;
        this.name = name;
        this.value = value;
    }

    public String getPath() { return path; }
    public String getName() { return name; }
    public String getValue() { return value; }

    @Override
    public String toString() { return path + "=" + value; }
}
