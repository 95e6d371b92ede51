package org.ablationpath.safety.internal;

import java.util.List;

/**
 * The graded analytes (safety.md 3.3) with their engine field names (outcomes.md 4.5) and direction; the name is the
 * key of the contract's {@code labGrades}.
 */
public enum Analyte {
    ALT("ALT", "altUL", "altUlnUL", null, true),
    AST("AST", "astUL", "astUlnUL", null, true),
    BILIRUBIN("bilirubin", "bilirubinUmolL", "bilirubinUlnUmolL", null, true),
    CREATININE("creatinine", "creatinineUmolL", "creatinineUlnUmolL", null, true),
    INR("INR", "inr", null, null, true),
    PLATELETS("platelets", "plateletsE9L", null, "plateletsLlnE9L", false),
    HEMOGLOBIN("hemoglobin", "hemoglobinGL", null, "hemoglobinLlnGL", false),
    NEUTROPHILS("neutrophils", "neutrophilsE9L", null, null, false),
    GGT("GGT", "ggtUL", "ggtUlnUL", null, true),
    ALP("ALP", "alpUL", "alpUlnUL", null, true);

    private final String key;
    private final String valueField;
    private final String ulnField;
    private final String llnField;
    private final boolean increasing;

    Analyte(String key, String valueField, String ulnField, String llnField, boolean increasing) {
        this.key = key;
        this.valueField = valueField;
        this.ulnField = ulnField;
        this.llnField = llnField;
        this.increasing = increasing;
    }

    public String key() {
        return key;
    }

    public String valueField() {
        return valueField;
    }

    public String ulnField() {
        return ulnField;
    }

    public String llnField() {
        return llnField;
    }

    public boolean increasing() {
        return increasing;
    }

    /** Every engine field name a lab sample may carry for grading. */
    public static List<String> fieldNames() {
        return java.util.Arrays.stream(values())
                .flatMap(a -> java.util.stream.Stream.of(a.valueField, a.ulnField, a.llnField))
                .filter(java.util.Objects::nonNull).toList();
    }
}
