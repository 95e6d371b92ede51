package org.ablationpath.outcomes.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.eligibility.Measured;

/**
 * Derives an entity's columns from the type its rows are made of (a record's components or a class's fields), so
 * the export and its data dictionary follow the code: Java types give the data dictionary's types, enums their
 * allowed values, name suffixes the canonical unit (outcomes.md section 4: plateletsE9L, bilirubinUmolL, …). A
 * component that is itself a record or class of the application is flattened one level; lists of them are separate
 * entities; free text and user names are left out by the caller's exclusions.
 */
final class ExportColumns {

    /** Suffix of a field name and its unit, longest first (outcomes.md 4.5, 4.9 and 4.10). */
    private static final Map<String, String> UNIT_SUFFIXES = new LinkedHashMap<>();
    /** Names whose one-letter unit suffix would be ambiguous elsewhere. */
    private static final Map<String, String> UNIT_NAMES = Map.of("powerW", "W", "voltageV", "V", "currentA", "A",
            "targetTemperatureC", "°C", "inr", "ratio");

    static {
        UNIT_SUFFIXES.put("MGyCm", "mGy·cm");
        UNIT_SUFFIXES.put("UmolL", "µmol/L");
        UNIT_SUFFIXES.put("PmolL", "pmol/L");
        UNIT_SUFFIXES.put("MlMin", "mL/min/1.73 m²");
        UNIT_SUFFIXES.put("E9L", "×10⁹/L");
        UNIT_SUFFIXES.put("NgMl", "ng/mL");
        UNIT_SUFFIXES.put("MUL", "mU/L");
        UNIT_SUFFIXES.put("UMl", "U/mL");
        UNIT_SUFFIXES.put("GL", "g/L");
        UNIT_SUFFIXES.put("UL", "U/L");
        UNIT_SUFFIXES.put("Mm", "mm");
        UNIT_SUFFIXES.put("Ml", "mL");
        UNIT_SUFFIXES.put("KJ", "kJ");
        UNIT_SUFFIXES.put("Sec", "s");
        UNIT_SUFFIXES.put("Us", "µs");
        UNIT_SUFFIXES.put("Minutes", "min");
        UNIT_SUFFIXES.put("Days", "days");
        UNIT_SUFFIXES.put("Months", "months");
        UNIT_SUFFIXES.put("Weeks", "weeks");
    }

    private ExportColumns() {
    }

    static List<ExportColumn> of(Class<?> rowType, String reference, Set<String> excluded) {
        List<ExportColumn> columns = new ArrayList<>();
        walk(rowType, List.of(), reference, excluded, columns, 0);
        return columns;
    }

    private record Property(String name, Type type, Class<?> declaring) {
    }

    private static void walk(Class<?> type, List<String> path, String reference, Set<String> excluded,
                             List<ExportColumn> columns, int depth) {
        Set<String> taken = new HashSet<>();
        columns.forEach(c -> taken.add(c.name()));
        for (Property property : properties(type)) {
            if (excluded.contains(property.name())) {
                continue;
            }
            List<String> propertyPath = new ArrayList<>(path);
            propertyPath.add(property.name());
            Class<?> raw = raw(property.type());
            if (JsonNode.class.isAssignableFrom(raw)) {
                continue;
            }
            if (structured(raw)) {
                if (depth == 0) {
                    walk(raw, propertyPath, reference, excluded, columns, depth + 1);
                }
                continue;
            }
            String name = taken.contains(property.name()) ? String.join(".", propertyPath) : property.name();
            String source = property.declaring().getName().replace("org.ablationpath.", "") + "." + property.name()
                    + (reference == null ? "" : " (" + reference + ")");
            if (Collection.class.isAssignableFrom(raw)) {
                Class<?> element = raw(elementType(property.type()));
                if (structured(element)) {
                    continue;
                }
                columns.add(new ExportColumn(name, propertyPath, "list<" + typeName(element, property.name()) + ">",
                        unit(property.name()), allowed(element), source, false));
            } else {
                columns.add(new ExportColumn(name, propertyPath, typeName(raw, property.name()), unit(property.name()),
                        allowed(raw), source, raw == UUID.class));
            }
        }
    }

    private static List<Property> properties(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .map((RecordComponent c) -> new Property(c.getName(), c.getGenericType(), type)).toList();
        }
        List<Property> properties = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                properties.add(new Property(field.getName(), field.getGenericType(), type));
            }
        }
        return properties;
    }

    private static boolean structured(Class<?> raw) {
        return !raw.isEnum() && raw != Measured.class && raw.getName().startsWith("org.ablationpath.")
                && (raw.isRecord() || !raw.isInterface());
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type elementType(Type type) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            Type arg = p.getActualTypeArguments()[0];
            return arg instanceof java.lang.reflect.AnnotatedType a ? a.getType() : arg;
        }
        return Object.class;
    }

    private static String typeName(Class<?> raw, String name) {
        if (raw.isEnum()) {
            return "enum";
        }
        if (raw == UUID.class) {
            return "pseudonym";
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return "int";
        }
        if (raw == BigDecimal.class || raw == Double.class || raw == double.class || raw == Measured.class) {
            return "decimal";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "bool";
        }
        if (raw == LocalDate.class || (raw == String.class && name.endsWith("Date"))) {
            return "date";
        }
        if (raw == Instant.class || raw == OffsetDateTime.class) {
            return "datetime";
        }
        return "string";
    }

    private static List<String> allowed(Class<?> raw) {
        if (!raw.isEnum()) {
            return List.of();
        }
        return Arrays.stream(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }

    private static boolean precededByWord(String name, String suffix) {
        char before = name.charAt(name.length() - suffix.length() - 1);
        return Character.isLowerCase(before) || Character.isDigit(before);
    }

    static String unit(String name) {
        if (UNIT_NAMES.containsKey(name)) {
            return UNIT_NAMES.get(name);
        }
        for (Map.Entry<String, String> suffix : UNIT_SUFFIXES.entrySet()) {
            String s = suffix.getKey();
            if (name.endsWith(s) && name.length() > s.length() && precededByWord(name, s)) {
                return suffix.getValue();
            }
        }
        return "";
    }
}
