package org.ablationpath.followup;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The analytes a follow-up visit records (outcomes.md 4.5), with the case document's field in canonical units, the
 * field of the laboratory's limit that graded analytes carry (ULN or LLN), and the VAL-04 plausibility range where
 * outcomes.md gives one. Tumour markers (AFP, CEA, CA19-9) are analytes like the others.
 */
public enum LabAnalyte {
    PLATELETS("plateletsE9L", "×10⁹/L", null, "plateletsLlnE9L", "1", "2000"),
    INR("inr", "ratio", null, null, "0.5", "10.0"),
    BILIRUBIN_TOTAL("bilirubinUmolL", "µmol/L", "bilirubinUlnUmolL", null, "1", "1000"),
    ALBUMIN("albuminGL", "g/L", null, null, "5", "70"),
    CREATININE("creatinineUmolL", "µmol/L", "creatinineUlnUmolL", null, "10", "3000"),
    HEMOGLOBIN("hemoglobinGL", "g/L", null, "hemoglobinLlnGL", "20", "250"),
    ALT("altUL", "U/L", "altUlnUL", null, "1", "20000"),
    AST("astUL", "U/L", "astUlnUL", null, "1", "20000"),
    GGT("ggtUL", "U/L", null, null, "1", "20000"),
    ALP("alpUL", "U/L", null, null, "1", "20000"),
    NEUTROPHILS("neutrophilsE9L", "×10⁹/L", null, null, "0", "100"),
    EGFR("egfrMlMin", "mL/min/1.73 m²", null, null, "1", "200"),
    TSH("tshMUL", "mU/L", null, null, null, null),
    FT4("ft4PmolL", "pmol/L", null, null, null, null),
    THYROGLOBULIN("thyroglobulinNgMl", "ng/mL", null, null, null, null),
    AFP("afpNgMl", "ng/mL", null, null, "0", "1000000"),
    CEA("ceaNgMl", "ng/mL", null, null, "0", "100000"),
    CA19_9("ca199UMl", "U/mL", null, null, "0", "1000000");

    private final String field;
    private final String unit;
    private final String ulnField;
    private final String llnField;
    private final BigDecimal min;
    private final BigDecimal max;

    LabAnalyte(String field, String unit, String ulnField, String llnField, String min, String max) {
        this.field = field;
        this.unit = unit;
        this.ulnField = ulnField;
        this.llnField = llnField;
        this.min = min == null ? null : new BigDecimal(min);
        this.max = max == null ? null : new BigDecimal(max);
    }

    /** The case document's field (canonical unit). */
    public String field() {
        return field;
    }

    public String unit() {
        return unit;
    }

    /** The field of the upper limit of normal, for analytes graded against it. */
    public Optional<String> ulnField() {
        return Optional.ofNullable(ulnField);
    }

    /** The field of the lower limit of normal, for analytes graded against it. */
    public Optional<String> llnField() {
        return Optional.ofNullable(llnField);
    }

    /** VAL-04: whether the value is plausible; true where outcomes.md gives no range. */
    public boolean plausible(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    public String plausibleRange() {
        return min == null ? "no published range" : min.toPlainString() + "–" + max.toPlainString() + " " + unit;
    }

    public boolean tumourMarker() {
        return this == AFP || this == CEA || this == CA19_9;
    }
}
