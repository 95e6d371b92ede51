package org.ablationpath.eligibility.internal;

import org.ablationpath.eligibility.Measured;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * VAL-06: the accepted units per measured field and their conversion to the canonical unit. Units are compared
 * case-insensitively ("mg/dl" is the same unit as "mg/dL"); micro may be written µ (micro sign), μ (Greek mu) or u.
 */
public final class UnitConverter {

    /** How to convert one accepted unit into the canonical one. */
    private record Conversion(BigDecimal multiplyBy, BigDecimal divideBy) {
        BigDecimal apply(BigDecimal v) {
            BigDecimal r = v.multiply(multiplyBy);
            return divideBy == null ? r : r.divide(divideBy);
        }
    }

    private static final Conversion SAME = new Conversion(BigDecimal.ONE, null);

    private static final Map<String, Map<String, Conversion>> BY_FIELD = Map.of(
            "bilirubin", units(Map.of("umol/l", SAME, "mg/dl", times("17.1"))),
            "albumin", units(Map.of("g/l", SAME, "g/dl", times("10"))),
            "creatinine", units(Map.of("umol/l", SAME, "mg/dl", times("88.4"))),
            "hemoglobin", units(Map.of("g/l", SAME, "g/dl", times("10"))),
            "platelets", units(Map.of("10^9/l", SAME, "x10^9/l", SAME, "×10^9/l", SAME, "10⁹/l", SAME, "×10⁹/l", SAME,
                    "/ul", new Conversion(BigDecimal.ONE, new BigDecimal("1000")))),
            "size", units(Map.of("mm", SAME, "cm", times("10"))));

    private static final Map<String, String> DISPLAY = Map.of(
            "bilirubin", "µmol/L (canonical), mg/dL",
            "albumin", "g/L (canonical), g/dL",
            "creatinine", "µmol/L (canonical), mg/dL",
            "hemoglobin", "g/L (canonical), g/dL",
            "platelets", "10^9/L (canonical), /µL",
            "size", "mm (canonical), cm");

    private UnitConverter() {
    }

    private static Conversion times(String factor) {
        return new Conversion(new BigDecimal(factor), null);
    }

    private static Map<String, Conversion> units(Map<String, Conversion> m) {
        return new LinkedHashMap<>(m);
    }

    /** The analyte family of a field name, e.g. {@code bilirubinUlnUmolL} → bilirubin. */
    static String familyOf(String fieldName) {
        if (fieldName.startsWith("bilirubin")) return "bilirubin";
        if (fieldName.startsWith("albumin")) return "albumin";
        if (fieldName.startsWith("creatinine")) return "creatinine";
        if (fieldName.startsWith("hemoglobin")) return "hemoglobin";
        if (fieldName.startsWith("platelets")) return "platelets";
        if (fieldName.endsWith("Mm")) return "size";
        throw new IllegalArgumentException("no unit family for " + fieldName);
    }

    /** The value in the canonical unit, or empty when the unit is not accepted for this field. */
    public static Optional<BigDecimal> toCanonical(String fieldName, Measured measured) {
        if (measured.unit() == null) {
            return Optional.of(measured.value());
        }
        Conversion c = BY_FIELD.get(familyOf(fieldName)).get(normalise(measured.unit()));
        return c == null ? Optional.empty() : Optional.of(c.apply(measured.value()));
    }

    /** Accepted units for a field, for the error message. */
    public static String acceptedUnits(String fieldName) {
        return DISPLAY.get(familyOf(fieldName));
    }

    private static String normalise(String unit) {
        return unit.trim().replace('µ', 'u').replace('μ', 'u').replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
